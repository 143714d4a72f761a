/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	Dynamic access to object fields and function calls, for code that does not
	know the static type of the values it handles.
**/
extern class Reflect {
	/**
		Whether `o` carries a field named `field`. Class methods may not be
		reported on every target.
	**/
	static function hasField(o:Dynamic, field:String):Bool;

	/**
		Reads field `field` of `o` directly, bypassing property getters;
		`null` when absent.
	**/
	static function field(o:Dynamic, field:String):Dynamic;

	/**
		Writes `value` into field `field` of `o`, bypassing setters.
	**/
	static function setField(o:Dynamic, field:String, value:Dynamic):Void;

	/**
		Reads field `field` of `o`, going through its getter when it is a
		property.
	**/
	static function getProperty(o:Dynamic, field:String):Dynamic;

	/**
		Writes field `field` of `o`, going through its setter when it is a
		property.
	**/
	static function setProperty(o:Dynamic, field:String, value:Dynamic):Void;

	/**
		Calls `func` with `o` as its receiver and `args` as its arguments,
		giving back whatever it returns.
	**/
	static function callMethod(o:Dynamic, func:haxe.Constraints.Function, args:Array<Dynamic>):Dynamic;

	/**
		The names of the fields set on the object `o`.
	**/
	static function fields(o:Dynamic):Array<String>;

	/**
		Whether `f` is a function value.
	**/
	static function isFunction(f:Dynamic):Bool;

	/**
		Orders two values: negative if `a` comes first, positive if `b`
		does, zero if they are equal. Numbers and strings compare naturally.
	**/
	static function compare<T>(a:T, b:T):Int;

	/**
		Whether two function values refer to the same method of the same
		object.
	**/
	static function compareMethods(f1:Dynamic, f2:Dynamic):Bool;

	/**
		Whether `v` is an object: class instances, anonymous structures,
		classes and enums qualify; basic values and functions do not.
	**/
	static function isObject(v:Dynamic):Bool;

	/**
		Whether `v` is a value built by an enum constructor.
	**/
	static function isEnumValue(v:Dynamic):Bool;

	/**
		Removes field `field` from `o`; tells whether it was there.
	**/
	static function deleteField(o:Dynamic, field:String):Bool;

	/**
		A shallow copy of the anonymous structure `o`.
	**/
	static function copy<T>(o:Null<T>):Null<T>;

	/**
		Wraps `f` into a function that accepts any number of arguments and
		hands them to `f` as one array.
	**/
	@:overload(function(f:Array<Dynamic>->Void):Dynamic {})
	static function makeVarArgs(f:Array<Dynamic>->Dynamic):Dynamic;
}
