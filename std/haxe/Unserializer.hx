/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	How an `Unserializer` finds the classes and enums named in its input.
**/
@:noDoc
typedef TypeResolver = {
	/** The class called `name`, or `null`. **/
	function resolveClass(name:String):Class<Dynamic>;

	/** The enum called `name`, or `null`. **/
	function resolveEnum(name:String):Enum<Dynamic>;
}

/**
	Reads back values written by `Serializer`.
**/
extern class Unserializer {
	/**
		The resolver that new unserializers start with; by default it looks
		types up with `Type.resolveClass` and `Type.resolveEnum`.
	**/
	public static var DEFAULT_RESOLVER:TypeResolver;

	/**
		Prepares to read the serialized text `buf`.
	**/
	public function new(buf:String):Void;

	/**
		Uses `r` to find classes and enums; `null` selects a resolver that
		finds nothing.
	**/
	public function setResolver(r:TypeResolver):Void;

	/**
		The resolver in use.
	**/
	public function getResolver():TypeResolver;

	/**
		Reads the next value. Throws on malformed input or unknown types.
	**/
	public function unserialize():Dynamic;

	/**
		Reads one value from `v` with default settings.
	**/
	public static function run(v:String):Dynamic;
}
