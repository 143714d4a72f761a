class UnclosedConditional {
	static function main() {
		#if js
		trace(1);
	}
}
