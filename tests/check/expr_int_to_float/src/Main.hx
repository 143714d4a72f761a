class Main {
	static function main() {
		var i = 2;
		var f:Float = i;
		var g:Float = i / 2;
	}
}
