// Applies to every module of this package.
import haxe.ds.StringMap;
