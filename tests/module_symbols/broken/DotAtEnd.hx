class DotAtEnd {
	static function main() {
		var s = "x";
		s.
	}
	var after:Int;
}
