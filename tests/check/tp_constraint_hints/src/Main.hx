interface HasX { var x:Int; }
class Pt implements HasX { public var x:Int = 0; public function new() {} }
class Two<T:HasX & Iterable<Int>> {}
class Multi<K, V:Array<K>> {}
abstract Wrap<T:Float>(Array<T>) {}
enum Opt<T:String> { Some(v:T); None; }
typedef Named<T:{name:String}> = { item:T };
class Foo<S> {
	var b:Box<S>;
	function m(a:Wrap<S>):Opt<S> return null;
}
class Box<T:Float> { public function new() {} }
class Main {
	static function main() {
		var a:Two<Pt> = null;
		var m:Multi<Int, Array<String>> = null;
		var m2:Multi<Int, Array<Int>> = null;
		var w:Wrap<Int> = null;
		var w2:Wrap<Bool> = null;
		var o:Opt<Int> = null;
		var n:Named<{name:Int}> = null;
		var n2:Named<{name:String, age:Int}> = null;
		var f = function(x:Box<String>):Box<Bool> return null;
		var nb = new Box<String>();
		var i:Int = "x";
	}
}
