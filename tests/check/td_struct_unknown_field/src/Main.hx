class Main {
	static function main() {
		var p = {alpha: 1, beta: 2};
		trace(p.alpah);
	}
}
