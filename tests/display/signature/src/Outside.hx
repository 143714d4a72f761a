class Outside {
	static function main() {
		var s:Str{-1-}ing = "a";
		s.len{-2-}gth;
		if ({-3-}true) {}
		var f = function({-4-}x:Int) {};
		{-5-}
		var n = 1 + {-6-}2;
	}
}
