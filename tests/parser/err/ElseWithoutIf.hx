class ElseWithoutIf {
	static function main() {
		else trace(1);
	}
}
