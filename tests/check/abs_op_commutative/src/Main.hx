abstract Money(Int) {
	public inline function new(v:Int) {
		this = v;
	}

	@:op(A * B) @:commutative static function times(m:Money, k:Int):Money {
		return new Money(m.toInt() * k);
	}

	@:op(A / B) static function share(m:Money, k:Int):Money {
		return new Money(Std.int(m.toInt() / k));
	}

	public function toInt():Int {
		return this;
	}
}

class Main {
	static function main() {
		var m = new Money(3);
		var a:Money = m * 2;
		var b:Money = 2 * m;
		var c:Money = m / 2;
		var d:Money = 2 / m;
	}
}
