package shapes;

import shapes.Shape.HasArea;

class Circle implements HasArea {
	public var radius(default, null):Float;

	public function new(radius:Float) {
		this.radius = radius;
	}

	public function area():Float {
		return Math.PI * radius * radius;
	}
}
