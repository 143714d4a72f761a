class Main {
	static function main() {
		var d:Dynamic = 1;
		var s = cast(d, Strin);
	}
}
