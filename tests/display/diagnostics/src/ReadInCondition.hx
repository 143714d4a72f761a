{-1-}class ReadInCondition {
	static function main() {
		var flag = Math.random() > 0.5;
		if (flag) {
			trace("y");
		}
		var other = flag;
	}
}
