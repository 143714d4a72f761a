@:enum abstract Dir(String) {
	var Up = "up";
	var Down = "down";
}

class Main {
	static function main() {
		var d:Dir = Up;
		var same:Bool = d == Down;
	}
}
