class Main {
	static function main() {
		var d:Dynamic = [];
		var e = d is Array<Int>;
	}
}
