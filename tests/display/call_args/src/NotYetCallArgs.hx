class NotYetCallArgsBase {
	public function new(a:Int) {}
}

class NotYetCallArgs extends NotYetCallArgsBase {
	function new() {
		super({-1-}1);
	}

	static function g(f:Int->Void) {}

	static function main() {
		var a = [1];
		a.map.bind({-2-}null);
	}
}
