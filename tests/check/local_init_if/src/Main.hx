class Main {
	static function both(b:Bool):Int {
		var x:Int;
		if (b)
			x = 1;
		else
			x = 2;
		return x;
	}

	static function viaThrow(b:Bool):Int {
		var y:Int;
		if (b)
			y = 3;
		else
			throw "no";
		return y;
	}

	static function main() {
		var z:Int;
		var cb = function() return z;
		if (Math.random() > 0.5)
			z = 1;
		trace(both(true) + viaThrow(true));
		trace(z);
	}
}
