import haxe.{-1-}ds.StringMap;

class NotYetOutside {
	var x:{-3-}Int = 1{-4-};
}
