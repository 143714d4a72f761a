import haxe.{-1-}
class ImportDot {}
