/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Read access to files embedded in the program with the
	`--resource file@name` compiler option.
**/
extern class Resource {
	/**
		The names of every embedded resource.
	**/
	public static function listNames():Array<String>;

	/**
		The resource `name` decoded as text, or `null` if there is none.
	**/
	public static function getString(name:String):String;

	/**
		The resource `name` as raw bytes, or `null` if there is none.
	**/
	public static function getBytes(name:String):haxe.io.Bytes;
}
