{-1-}import haxe.ds.StringMap;

class NotYetInterp {
	static function main() {
		var v = 1;
		trace('$v');
	}
}
