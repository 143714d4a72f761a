import tools.Counter;

class Main {
	static function main() {
		var c = new Counter();
		c.add(2);
		var total:Int = c.total;
	}
}
