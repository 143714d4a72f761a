class Main {
	static function main() {
		var o = null;
		var v = o.count;
		var w = o.count;
		o.count = 3;
		$type(o);
		$type(v);
		var s = function(p) { p.a = 1; return p.a; };
		$type(s);
	}
}
