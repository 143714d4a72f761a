// Array access on values without array-access functions: haxe 4.2.5 crashes on the empty
// list of signatures; hxs answers it (tests/known-differences.md).
class NoSignatures {
	static function main() {
		var d:Dynamic = null;
		d[{-1-}0];
		var n = 3;
		n[{-2-}1];
	}
}
