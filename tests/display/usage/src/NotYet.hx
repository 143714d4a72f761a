class NotYet {
	public var prop(get, never):Int;

	function get_prop() return 1;

	public function new() {}

	static function pick(c:Shapes.Color):Int {
		return switch (c{-2-}) {
			case Red: 1;
			case Rgb(r, _, _): r{-3-};
		}
	}

	static function main() {
		try {
			throw "x";
		} catch (e:String) {
			trace(e);
		}
		var n = new NotYet();
		trace(n.prop);
		var a = 1, b = 2;
		trace(a{-6-} + b);
		var s = 'x$a';
		trace(s);
		var m:Ma{-9-}p<String, NotYet> = new Map();
	}
}
