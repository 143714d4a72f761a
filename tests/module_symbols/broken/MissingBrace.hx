class MissingBrace {
	static function main() {
		var a = 1;
		if (a > 0) {
			trace(a);
	}
	function f() {}
