enum Shape {
	Circle(r:Float);
	Rect(w:Float, h:Float);
	Empty;
}

class Main {
	static function area(s:Shape):Float {
		return switch s {
			case Circle(r): Math.PI * r * r;
			case Rect(w, h): w * h;
			case Empty: 0;
		}
	}

	static function main() {
		var shapes = [Circle(1), Rect(2, 3), Empty];
		var byName = new Map<String, Float>();
		var total = 0.0;
		var last:String;
		var biggest:Float;
		biggest = 0;
		for (i in 0...shapes.length) {
			var a = area(shapes[i]);
			var name = switch shapes[i] {
				case Circle(_): "circle";
				case Rect(_, _): "rect";
				case Empty: "empty";
			}
			byName.set(name, a);
			total += a;
			if (a > biggest)
				biggest = a;
		}
		last = "none";
		for (k => v in byName) {
			if (v == biggest)
				last = k;
		}
		var words = [for (k in byName.keys()) k.toUpperCase()];
		words.sort(Reflect.compare);
		trace('$total ${words.join(",")} $last');
	}
}
