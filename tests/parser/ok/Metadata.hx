@author("me")
@:native("Meta") class Metadata {
	@:isVar @:keep public var field(get, set):Int;

	public function new() {}

	function get_field() return field;
	function set_field(v) return field = v;

	@:deprecated("use other") static function old() {}

	static function main() {
		var x = @:privateAccess new Metadata();
		@:nullSafety(Off) var y = 1;
		trace(x, y);
	}
}

class Macros {
	macro public static function nothing() return macro null;
}
