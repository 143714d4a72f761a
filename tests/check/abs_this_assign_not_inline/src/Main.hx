abstract Counter(Int) from Int to Int {
	public function set(v:Int) this = v;
	public function get():Int return this;
}

class Main {
	static function main() {
		var c:Counter = 1;
		c.set(2);
		var s:String = c.get();
	}
}
