import geo.Geo.Point;

class Main {
	static function main() {
		var p = new Point(1, 2);
		trace(p.x);
	}
}
