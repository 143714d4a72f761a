class Main {
	static function get(o) {
		return o.v;
	}
	static function main() {
		var c = {v: 1};
		$type(get);
		get(c);
		var x:{var v(default, null):Int;} = {v: 2};
		get(x);
		get(new Main());
	}
	var v:String;
	function new() {}
}
