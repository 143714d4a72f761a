using haxe.{-1-}
class UsingDot {}
