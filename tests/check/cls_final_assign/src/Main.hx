class Point {
	public final x:Int;

	public function new(x:Int) {
		this.x = x;
	}
}

class Main {
	static function main() {
		var p = new Point(1);
		p.x = 5;
	}
}
