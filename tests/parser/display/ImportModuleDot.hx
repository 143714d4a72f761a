import haxe.ds.StringMap.{-1-}
class ImportModuleDot {}
