abstract Row(Array<Int>) {
	public inline function new() {
		this = [0, 0, 0];
	}
}

class Main {
	static function main() {
		var r = new Row();
		var x = r[1];
	}
}
