/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	A type that can hold any value. Unlike `Dynamic`, it allows no field
	access and must be cast before its content can be used.
**/
@:forward.variance
abstract Any(Dynamic) {
	@:noCompletion @:to extern inline function __promote<T>():T
		return this;

	@:noCompletion @:from extern inline static function __cast<T>(value:T):Any
		return cast value;

	@:noCompletion extern inline function toString():String
		return Std.string(this);
}
