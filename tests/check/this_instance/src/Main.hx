class Node {
	public var next:Node;

	public function new() {}

	public function self():Node {
		var me = this;
		me.next = this;
		return this;
	}
}

class Main {
	static function main() {
		var n = new Node().self();
	}
}
