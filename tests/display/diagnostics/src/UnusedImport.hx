{-1-}import haxe.ds.StringMap;

class UnusedImport {
	static function main() {
		trace("hi");
	}
}
