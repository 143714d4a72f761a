class TypeHintPackage {
	var x:haxe.{-1-}
}
