/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	Conversions between floating point numbers and the integers holding
	their IEEE 754 bit patterns.
**/
extern class FPHelper {
	/** The 32-bit float whose bits are `i`. **/
	public static function i32ToFloat(i:Int):Float;

	/** The bits of `f` as a 32-bit float. **/
	public static function floatToI32(f:Float):Int;

	/** The 64-bit float whose bits are `high`:`low`. **/
	public static function i64ToDouble(low:Int, high:Int):Float;

	/** The bits of `v` as a 64-bit float. **/
	public static function doubleToI64(v:Float):Int64;
}
