class IntervalMissingEnd {
	static function main() {
		for (i in 0...) {}
	}
}
