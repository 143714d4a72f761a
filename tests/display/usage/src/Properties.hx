// Properties read and written through their accessors, which haxe types as calls of
// get_x and set_x: the uses are reported as the accessors', at the access's end.
class PropBase {
	public static var t{-1-}(get, set):Int;
	static function get{-2-}_t() return 1;
	static function set_t{-3-}(v) return v;
	public function new() {}
}

class Prop{-4-}erties extends PropBase {
	public var a{-5-}(get, never):Int;
	public var b{-6-}(default, null):Int = 0;
	@:isVar public var c{-7-}(get, set):Int;
	public var d{-8-}(get, set):Int;
	public var g{-9-}(get, default):Int = 0;
	public var h{-10-}(default, set):Int = 0;
	public var f{-11-}(get, never):Void->Int;
	static var s{-12-}(get, set):Int;

	function get_a{-13-}() return 1;
	function get_c{-14-}() return c{-15-};
	function set_c{-16-}(v) return c = v;
	function get_d{-17-}() return 1;
	function set_d{-18-}(v) return v;
	function get_g{-19-}() return g;
	function set_h{-20-}(v) return h = v;
	function get_f{-21-}() return function() return 1;
	static function get_s{-22-}() {
		var k = function() return s;
		return k();
	}
	static function set_s{-23-}(v) return v;

	public function new() {
		super();
	}

	function inner() {
		trace(a + this.a);
		d{-24-}++;
		this.d{-25-}--;
		s = Properties.s{-26-} + s;
		g += 1;
		h{-27-} += 2;
		g++;
		--h;
		var y = h++;
		s += 1;
		s++;
		PropBase.t += 1;
		trace(f{-28-}());
		trace(this.f());
		h = g = 3;
		return get_a{-29-}();
	}

	static function main() {
		var n = new Properties();
		trace(n.a{-30-});
		trace(n.a);
		trace(n.b{-31-});
		n.c{-32-} = n.c{-33-} + 1;
		n.d{-34-} = 4;
		n.d{-35-} += 1;
		++n.d{-36-};
		trace(n.d);
		n.g{-37-} *= 2;
		n.h -= 2;
		trace(n.f());
		Properties.s = 1;
		Properties.s++;
		n.inner();
	}
}
