class Main {
	static function first(xs, i) {
		return xs[i];
	}
	static function sum(values) {
		var total = 0;
		for (i in 0...3) total += values[i];
		return total;
	}
	static function main() {
		var s:String = first([1, 2], 0);
		sum(["a"]);
		var w = first(["x"], "0");
	}
}
