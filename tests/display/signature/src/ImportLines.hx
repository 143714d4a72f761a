import haxe.{-1-}ds.StringMap;
import haxe.ds.{-2-}String{-5-}Map{-6-};
import haxe.io.{-7-}*;
import {-8-}Std.{-9-}string as str;
using {-10-}StringTools{-11-};
import haxe.macro.{-12-}Expr.{-13-}ExprDef;
import haxe.ds.StringMap {-14-}in {-15-}SM;

// In `import` and `using` lines haxe's @signature lists what plain completion lists on
// a segment that names a type, its end included, and finds no completion point elsewhere.
class ImportLines {
	var x:{-3-}Int = 1{-4-};
}
