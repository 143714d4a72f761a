class Main {
	static function main() {
		var m = [1 => "a", 2 => 3];
		var n = ["x" => 1, "y" => 2];
		var o = [1 => null, 2 => "b"];
		var q = [1 => "a", "b" => "c"];
	}
}
