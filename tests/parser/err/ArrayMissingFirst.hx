class ArrayMissingFirst {
	static function main() {
		var a = [, 3];
	}
}
