class Main {
	static function main() {
		var a = [1, 2];
		var x = a["0"];
	}
}
