/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Turns Haxe values (including class instances, enums, maps, bytes and
	cyclic structures) into a compact text format that `Unserializer` can
	read back, possibly in a program built for another target.
**/
extern class Serializer {
	/**
		Default of `useCache` for new serializers.
	**/
	public static var USE_CACHE:Bool;

	/**
		Default of `useEnumIndex` for new serializers.
	**/
	public static var USE_ENUM_INDEX:Bool;

	/**
		Whether objects met twice are written once and then referenced. Needed
		for cyclic data; costs some speed.
	**/
	public var useCache:Bool;

	/**
		Whether enum constructors are written by index instead of by name.
		Shorter, but breaks if the enum's constructors are reordered.
	**/
	public var useEnumIndex:Bool;

	/**
		Starts an empty serialization.
	**/
	public function new():Void;

	/**
		The text produced so far.
	**/
	public function toString():String;

	/**
		Appends `v` to the output. Values may be added one after another and
		read back in the same order.
	**/
	public function serialize(v:Dynamic):Void;

	/**
		Appends an exception marker carrying `e`.
	**/
	public function serializeException(e:Dynamic):Void;

	/**
		Serializes `v` with default settings and returns the text.
	**/
	public static function run(v:Dynamic):String;
}
