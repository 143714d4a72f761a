{-1-}import haxe.ds.StringMap;
{-2-}
using StringTools;{-3-}

/** The class. */
{-4-}class TypeDecls {
	static function main() {
		var m = new StringMap<Int>();
		m.set("a".trim(), 1);
	}
}
{-5-}
typedef Alias = Int;{-6-}
{-7-} @:keep private class Kept {}
	{-8-}
@:keep
enum Choice {
	One;
}
{-9-}
