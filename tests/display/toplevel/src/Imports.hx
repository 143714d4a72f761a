import haxe.ds.Option;
import shapes.Shape;
import haxe.io.*;
using StringTools;

class Imports {
	static function main() {
		var o = Some(1);
		{-1-}
		o{-2-};
	}

	function member(kind:ShapeKind) {
		{-3-}
		Ci{-4-};
	}
}
