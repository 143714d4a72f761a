package shapes;

/** A shape. **/
class Shape<T> {
	public var name:T;
	var secret:Float = 0.5;

	public function new() {}

	/** Its area. **/
	public function area():Float {
		return 0;
	}

	@:noCompletion public function hidden() {}

	function edges():Int {
		{-1-}
		return 0;
	}
}

enum ShapeKind {
	Circle(r:Float);
	Square(side:Float);
	/** no size **/
	Point;
}

enum abstract Unit(String) {
	var Px = "px";
	var Em = "em";
}

typedef Kind = ShapeKind;

private class Internal {}
