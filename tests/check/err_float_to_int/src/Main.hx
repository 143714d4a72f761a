class Main {
	static function main() {
		var f = 1.5;
		var i:Int = f;
	}
}
