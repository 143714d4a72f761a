{-1-}import haxe.ds.StringMap;
{-2-}
using StringTools;{-3-}

/** The class. */
{-4-}class TypeDecls {
	static function main() {
		var m = new StringMap<Int>();
		m.set("a".trim(), 1);
		// a note{-10-} on the call
	}
}
{-5-}
{-11-}// before {-12-}the alias
typedef Alias = Int;{-6-}
{-7-} @:keep private class Kept {}
	{-8-}
@:keep
enum Choice {
	One;
}
{-9-}
