enum Color { Red; Green; Blue; Rgb(r:Int, g:Int, b:Int); }
class Main {
	static function name(c:Color):String {
		return switch (c) {
			case Red: "red";
			case Green | Blue: "gb";
			case Rgb(r, _, _) if (r > 100): "bright";
			case Rgb(r, g, b): "rgb" + r;
		}
	}
	static function main() {
		var c = Rgb(1, 2, 3);
		var s:Int = name(c);
		switch (c) {
			case Red: trace("r");
		}
		var x = 3;
		switch (x) {
			case 1: trace(1);
			case 2, 3: trace(2);
			case _: trace(0);
		}
		var str = "a";
		var k = switch (str) { case "a": 1; default: 2; };
		var t:String = k;
	}
}
