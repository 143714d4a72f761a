{-1-}class B { public function new() {} public function f() {} }
class ErrorOverride extends B {
	override function g() {}
	static function main() {
		return 1;
	}
}
