class ArrayMissingElement {
	static function main() {
		var a = [1, , 3];
	}
}
