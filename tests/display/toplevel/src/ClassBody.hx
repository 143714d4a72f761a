// Blank space between a class's fields: haxe completes nothing there.
class ClassBody {
	{-1-}
	static var count:Int = 1;
	static var missing:Int = {-4-};

	{-2-}
	static function main() {
		var n:Int = count;
	}
{-3-}}
