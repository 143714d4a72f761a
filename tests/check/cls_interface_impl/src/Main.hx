interface Shape {
	function area():Float;
}

class Rect implements Shape {
	var w:Float;
	var h:Float;

	public function new(w:Float, h:Float) {
		this.w = w;
		this.h = h;
	}

	public function area():Float {
		return w * h;
	}
}

class Main {
	static function main() {
		var s:Shape = new Rect(2, 3);
		var a:Float = s.area();
	}
}
