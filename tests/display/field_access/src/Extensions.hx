using Lambda;
using Extensions.Tools;
using haxe.EnumTools;

class Tools {
	public static function twice(i:Int):Int return i * 2;
	public static function describe<T>(a:Array<T>, sep:String):String return a.join(sep);
	static function hidden(i:Int):Int return i;
	@:noUsing public static function notUsed(i:Int):Int return i;
	@:noCompletion public static function notListed(i:Int):Int return i;
	public static function onAny(d:Dynamic):String return "";
	public static function firstOf<T:String>(a:Array<T>):T return a[0];
	public static var notAFunction:Int = 1;
}

enum Shade {
	Light;
	Dark(level:Int);
}

class Extensions {
	static function main() {
		var nums = [1, 2, 3];
		nums.{-1-}
		var n = 4;
		n.{-2-}
		var d:Dynamic = null;
		d.{-3-}
		var words = ["a"];
		words.{-4-}
		var it:Iterable<Float> = [1.5];
		it.{-5-}
		var shade = Dark(1);
		shade.{-6-}
		var list = new List<Int>();
		list.{-7-}
		var empty = [];
		empty.{-8-}
	}
}
