import haxe.ds.Vector;
import haxe.EnumFlags;

enum Flag {
	Bold;
	Italic;
}

class Abstracts {
	static function main() {
		var m = new Map<String, Int>();
		m.{-1-}
		var v = new Vector<Int>(3);
		v.{-2-}
		var f = new EnumFlags<Flag>();
		f.{-3-}
		var n:Null<String> = null;
		n.{-4-}
	}
}
