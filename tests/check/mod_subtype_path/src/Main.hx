class Main {
	static function main() {
		var p = new geo.Geo.Point(1, 2);
		var q:geo.Geo.Point = p;
		var d:Int = q.x + q.y;
	}
}
