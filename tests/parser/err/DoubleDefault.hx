class DoubleDefault {
	static function main() {
		switch (1) {
			default:
			default:
		}
	}
}
