class A {
	public var x(default,null):Int;
	public function new() {}
	static function g():Int {}
}
