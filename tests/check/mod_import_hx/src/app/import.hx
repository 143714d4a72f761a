import haxe.ds.StringMap;
using StringTools;
