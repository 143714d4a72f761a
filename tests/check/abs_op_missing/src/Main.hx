abstract Vec(Array<Float>) {
	public inline function new(x:Float, y:Float) {
		this = [x, y];
	}
}

class Main {
	static function main() {
		var v = new Vec(1, 2) - new Vec(3, 4);
	}
}
