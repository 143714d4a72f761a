import haxe.{-1-}ds.StringMap;

class {-2-}Outside {
	var x:{-3-}Int = 1{-4-};

	static function main() {
		var s:Str{-5-}ing = "a";
		s.len{-6-}gth;
		if ({-7-}true) {}
		var f = function({-8-}x:Int) {};
		{-9-}
	}
}
