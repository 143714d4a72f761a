import pack.Multi;

class Hints extends pack.{-1-}Multi {
	var a:haxe.{-2-}ds.StringMap<Int>;
	var b:haxe.ds.{-3-}StringMap<Int>;
	var c:pack.Multi.{-4-}MultiDef;
	var d:Multi.{-5-}MultiDef;
	var e:Color.{-6-}Other;
	var f:pack.Color.{-7-}Other;

	function g() {
		var x = new pack.{-8-}Multi();
		var y = new haxe.ds.{-9-}StringMap<Int>();
		var z:pack.sub.{-10-}Deep = null;
		var w:StringTools.{-11-}StringTools = null;
	}
}

class Impl implements pack.sub.{-12-}Deep {}

typedef TD = pack.Color.{-13-}Other;
