class InvalidChar {
	static function main() {
		var a = 1 # 2;
	}
}
