import Type.ValueType;
import haxe.io.Error;

/** color doc */
enum Color {
	/** red doc */
	Red;
	Rgb(r:Int, g:Int, ?b:Int);
	Gen<T>(v:T);
	@:noCompletion Hidden;
}

class Enums {
	static function main():Void {
		Color.{-1-}
		ValueType.{-2-}
		Error.{-3-}
		Enums.{-4-}
	}
}
