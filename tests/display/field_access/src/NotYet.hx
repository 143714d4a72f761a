import pack.Util;

class NotYet {
	static function main() {
		StringTools.{-1-}
		pack.Util.{-2-}
		var s = "x";
		s.{-3-}
	}
}
