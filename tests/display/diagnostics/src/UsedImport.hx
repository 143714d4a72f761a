{-1-}import haxe.ds.StringMap;

class UsedImport {
	static function main() {
		var m:StringMap<Int> = new StringMap();
		trace(m);
	}
}
