enum Color {
	Red;
	Blue;
}

class Main {
	static function main() {
		var byName = new Map<String, Int>();
		var byId:Map<Int, String> = [1 => "one"];
		var byColor = new Map<Color, Bool>();
		var byObj = new Map<{}, Int>();
		byName["a"] = 1;
		byColor.set(Red, true);
		var n:Null<Int> = byName.get("a");
	}
}
