class Main {
	static var f:Box<Bool>;
	var g:Box<String>;
	static function main() {
		var b:Box<String> = null;

	}
}
typedef TD = Box<Array<Int>>;
enum E { A(x:Box<Main>); }
class Box<T:Float> { public function new() {} var h:Box<Bool>; }
abstract Ab(Box<Bool>) {}
typedef S<T:{x:Int}> = Array<T>;
typedef Q = S<{y:Int}>;
enum En<T:String> { B; }
typedef U = En<Int>;
