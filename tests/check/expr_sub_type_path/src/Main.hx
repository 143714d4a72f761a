class Main {
	static function main() {
		var c = Type.ValueType.TInt;
		$type(c);
		var e:Type.ValueType = Type.ValueType.TNull;
		var u = Main.Inner.B;
		$type(u);
		$type(Main.Inner);
		var k = Type.ValueType;
		$type(k);
		var t = Type;
		var z = t.ValueType;
	}
}

enum Inner {
	A;
	B;
}
