{-1-}class E { var z:Int; }
class ErrorNoConstructorDisplay {
	static function g(v:Int) {}
	static function main() {
		var u = 1;
		g(new E());
		var e:E = new E(u);
		trace(new E());
	}
}
