{-1-}import haxe.ds.StringMap;

class Interpolated {
	static function main() {
		var v = 1;
		trace('$v');
	}
}

class InterpolatedMore {
	static function f() {
		var w = 2;
		return '$$StringMap ${w + 1}';
	}
}
