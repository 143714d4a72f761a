class Main {
	static function f(a, b) {
		var q = a.foo(1);
		b.bar = "s";
		return q;
	}
	static function main() {
		$type(f);
		f(null, null);
	}
}
