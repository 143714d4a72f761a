class Box<T:Float> {
	public var v:T;
	public function new(v:T) { this.v = v; }
}
class Main {
	static function main() {
		var a = new Box(1);
		var b = new Box(2.5);
		var c = new Box("s");
	}
}
