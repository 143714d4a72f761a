class Main {
	var v:Int;
	public function new() { v = 1; }
	static function main() {
		var m = new Main();
		m.v = "s";
		Main.v;
		this.v;
		var f = m.nope;
		m.new();
	}
}
