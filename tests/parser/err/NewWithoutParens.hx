class NewWithoutParens {
	static function main() {
		var a = new NewWithoutParens;
	}
}
