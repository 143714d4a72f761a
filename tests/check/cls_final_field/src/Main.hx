class Point {
	public final x:Int;
	public final y:Int;

	public function new(x:Int, y:Int) {
		this.x = x;
		this.y = y;
	}
}

class Main {
	static function main() {
		final p = new Point(1, 2);
		var s:Int = p.x + p.y;
	}
}
