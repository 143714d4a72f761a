/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	The common supertype of all values built by enum constructors.
**/
@:coreType abstract EnumValue {
	/**
		Tests this value against the pattern `pattern` as a `switch` case
		would, without binding variables.
	**/
	public function match(pattern:Dynamic):Bool {
		return false;
	}
}
