class Main {
	static function main() {
		var n = inline Math.abs(-3);
		var m:Float = n;
	}
}
