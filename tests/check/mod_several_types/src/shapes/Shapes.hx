package shapes;

class Circle {
	var r:Float;

	public function new(r:Float) {
		this.r = r;
	}

	public function area():Float {
		return Math.PI * r * r;
	}
}

class Square {
	var side:Float;

	public function new(side:Float) {
		this.side = side;
	}

	public function area():Float {
		return side * side;
	}
}
