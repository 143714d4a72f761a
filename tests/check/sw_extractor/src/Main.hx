class Main {
	static function main() {
		var s = "42";
		var n:Int = switch s {
			case Std.parseInt(_) => null: -1;
			case Std.parseInt(_) => v: v;
		}
	}
}
