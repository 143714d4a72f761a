import pack.Util;

class NotYet {
	static function main() {
		StringTools.{-1-}
		pack.Util.{-2-}
		var s = "x";
		s.{-3-}
	}

	static function g() {
		var f = function(k:Int) return k * 2.0;
		f(2).{-4-}
	}
}
