{-1-}class AssignedOnly {
	static function main() {
		var d = 1;
		d = 2;
	}
}
