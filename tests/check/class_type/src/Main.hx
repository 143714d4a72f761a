class Thing {
	public function new() {}
}

class Main {
	static function make<T>(c:Class<T>):T {
		return Type.createInstance(c, []);
	}

	static function main() {
		var c:Class<Thing> = Thing;
		var t:Thing = make(c);
		var name:String = Type.getClassName(c);
	}
}
