class Main {
	static function main() {
		var v:Dynamic = 3;
		var b = v is 5;
	}
}
