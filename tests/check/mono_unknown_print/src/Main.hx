class Main {
	static function main() {
		var a = [];
		var n = null;
		$type(a);
		$type(n);
	}
}
