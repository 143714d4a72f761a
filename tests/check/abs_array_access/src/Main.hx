abstract Row(Array<Int>) {
	public inline function new() {
		this = [0, 0, 0];
	}

	@:arrayAccess inline function get(i:Int):Int {
		return this[i];
	}

	@:arrayAccess inline function set(i:Int, v:Int):Int {
		return this[i] = v;
	}
}

class Main {
	static function main() {
		var r = new Row();
		r[1] = 5;
		var x:Int = r[1];
	}
}
