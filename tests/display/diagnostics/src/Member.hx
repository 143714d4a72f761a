{-1-}class Member {
	var x = 1;

	function new() {}

	function get() {
		var tmp = x;
		return x;
	}

	static function main() {
		trace(new Member().get());
	}
}
