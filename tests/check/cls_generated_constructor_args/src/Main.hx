class Main {
	var x = 1;
	static function f(v:Dynamic) {}
	static function g(v:Int) {}
	static function main() {
		f(new Main());
		g(new Main());
		trace(new Main());
		trace(nope);
		f(nope2);
		trace("a".foo);
	}
}
