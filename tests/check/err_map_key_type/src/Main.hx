class Main {
	static function main() {
		var m = ["a" => 1];
		var x = m[1];
	}
}
