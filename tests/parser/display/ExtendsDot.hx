class ExtendsDot extends haxe.{-1-} {}
