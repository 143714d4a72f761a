class Main {
	static function f<T>(a:T, b:T):T return a;
	static function g<T>(a:T):T return a;
	static function h<T>(a:Array<T>):T return a[0];
	static function main() {
		var x:String = f(1, 2);
		var y:String = g(1);
		var z:String = h([1]);
		var w:String = f(1, "s");
	}
}
