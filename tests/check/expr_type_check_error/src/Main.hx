class Main {
	static function main() {
		var n = ("one" : Int);
	}
}
