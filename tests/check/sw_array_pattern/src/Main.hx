class Main {
	static function main() {
		var a = [1, 2];
		var s:String = switch a {
			case []: "empty";
			case [x]: "one " + x;
			case [x, y]: "two " + (x + y);
			case _: "many";
		}
	}
}
