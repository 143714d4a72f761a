abstract Money(Int) {
	public inline function new(v:Int) {
		this = v;
	}

	@:op(-A) function neg():Money {
		return new Money(-this);
	}

	@:op(!A) static function isZero(m:Money):Bool {
		return m.toInt() == 0;
	}

	@:op(A++) function inc():Money {
		return new Money(this + 1);
	}

	@:op(~A) function flip():String {
		return "flipped";
	}

	public function toInt():Int {
		return this;
	}
}

class Main {
	static function main() {
		var m = new Money(3);
		var n:Money = -m;
		var b:Bool = !m;
		m++;
		var s:String = ~m;
		var wrong:Int = -m;
		var neg:Int = !m;
	}
}
