class A {
	public var x:Int;
	var hid:Int;
	public function new(x:Int) { this.x = x; }
	public function get():Int return x;
	static public function make():A return new A(1);
}
class B extends A {
	public function new() { super(2); }
	public function more():String { return "s" + x; }
}
class Main {
	static function main() {
		var b = new B();
		var i:Int = b.get();
		var s:String = b.get();
		b.hid;
		b.nope;
		A.make().x = 3;
		var a:A = b;
		var c:B = a;
		new A("x");
		b.lenght;
	}
}
