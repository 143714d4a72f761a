extern class Ov {
	/** ov doc */
	@:overload(function(a:String):Void {})
	@:overload(function(a:Bool, b:Int):String {})
	static function f(a:Int):Int;
}

class Overloads {
	static function none() {
		Ov.f({-1-});
	}

	static function str() {
		Ov.f("s"{-2-});
	}

	static function two() {
		Ov.f(true, {-3-});
	}

	static function noFit() {
		Ov.f(1.5{-4-});
	}

	static function fits() {
		Ov.f({-5-}1);
	}
}
