import haxe.ds.StringMap;
