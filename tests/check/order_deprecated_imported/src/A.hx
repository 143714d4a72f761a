class A {
	@:deprecated static function d() {}
	static function f() { d(); }
}
