// Blank space between a class's fields: haxe completes nothing there, and types no
// body but the one at the cursor, so the type error in `main` is not reported.
class ClassBody {
	{-1-}
	static var count:Int = 1;
	static var missing:Int = {-4-};

	{-2-}
	static function main() {
		var n:Int = "not an int";
	}
{-3-}}
