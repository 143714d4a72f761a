abstract Vec(Array<Float>) {
	public inline function new(x:Float, y:Float) {
		this = [x, y];
	}

	@:op(A + B) function add(other:Vec):Vec {
		return new Vec(this[0] + other.raw()[0], this[1] + other.raw()[1]);
	}

	@:op(A * B) function scale(k:Float):Vec {
		return new Vec(this[0] * k, this[1] * k);
	}

	public function raw():Array<Float> {
		return this;
	}
}

class Main {
	static function main() {
		var v = new Vec(1, 2) + new Vec(3, 4);
		var w:Vec = v * 2.0;
	}
}
