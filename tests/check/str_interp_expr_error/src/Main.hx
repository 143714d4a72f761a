class Main {
	static function main() {
		var n = 1;
		var s = 'value: ${n.size}';
	}
}
