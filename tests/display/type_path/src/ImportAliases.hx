import haxe.ds.StringMap;
import haxe.io.Bytes as B{-1-}y;
import haxe.ds.StringMap as {-2-}SM;
import haxe.ds.StringMap as sm;
import haxe.ds.IntMap as IM{-3-};

class ImportAliases {
	static function main() {}
}
