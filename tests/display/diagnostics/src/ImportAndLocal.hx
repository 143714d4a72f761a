{-1-}import haxe.ds.StringMap;

class ImportAndLocal {
	static function main() {
		var unused = "x";
		trace(1);
	}
}
