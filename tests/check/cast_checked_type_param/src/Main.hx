class Main {
	static function main() {
		var a:Dynamic = [1];
		var b = cast(a, Array<Int>);
	}
}
