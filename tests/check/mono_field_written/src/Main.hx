class Main {
	static function both(o) {
		var a = o.x;
		var b = o.y;
		o.x = 2;
		return a + b;
	}
	static function main() {
		$type(both);
		both({x: 1, y: 2});
		both({x: 1});
	}
}
