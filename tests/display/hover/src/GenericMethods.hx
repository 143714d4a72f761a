// Hovering a generic method read for a call: its parameters are fresh monomorphs that
// the arguments have not bound yet; the field's documentation is shown.
class GenericMethods {
	/** Doc of gen. */
	static function gen<T>(x:T, n:Int):Array<T>
		return [x];

	static function main() {
		var a:Array<Int> = [];
		a.ma{-1-}p(x -> x);
		var q = a.m{-2-}ap(x -> "s");
		GenericMethods.ge{-3-}n(1, 2);
		Lambda.ma{-4-}p(a, x -> x);
		trace(q);
	}
}
