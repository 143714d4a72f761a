package pack;

/** util doc */
class Util {
	/** the limit **/
	public static var LIMIT:Int = 3;
	public static inline var NAME = "util";
	static var hidden:Int;
	@:noCompletion public static var noComp:Int;
	public static var prop(get, null):Float;
	public var inst:Int;
	/**
		Twice.
	**/
	public static function twice(x:Int, ?y:Int, z:String = "a"):Int return x * 2;
	public static function gen<T>(a:T, ...rest:Int):Array<T> return [a];
	public static dynamic function dyn(f:Int->Void):Void {}
	static function get_prop() return 1.0;
	public static function cmp(a:{x:Int, ?y:String}):Bool return true;
}

/** color doc */
enum Color { Red; }
typedef Alias<T> = Array<T>;
private class Hidden {}
@:noCompletion class NoComp {}
