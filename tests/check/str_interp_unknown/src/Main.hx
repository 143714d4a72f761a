class Main {
	static function main() {
		var s = 'value: $missing';
	}
}
