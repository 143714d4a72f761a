import haxe.{-1-}ds.StringMap;

class {-2-}NotYetOutside {
	var x:{-3-}Int = 1{-4-};
}
