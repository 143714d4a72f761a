package shapes;

/** A shape: a rectangle given by its sides, or anything that knows its own area. **/
enum Shape {
	Rect(w:Float, h:Float);
	Custom(s:HasArea);
}

interface HasArea {
	function area():Float;
}
