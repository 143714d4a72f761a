/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Helpers on enum types themselves, meant for `using haxe.EnumTools`.
	They forward to the matching functions of `Type`.
**/
extern class EnumTools {
	/**
		The fully qualified name of enum `e`, such as `"haxe.ds.Option"`.
	**/
	static inline function getName<T>(e:Enum<T>):String {
		return Type.getEnumName(e);
	}

	/**
		Makes a value of `e` from the constructor called `constr`, passing
		`params` as its arguments. Throws if no such constructor exists or the
		arguments do not fit.
	**/
	static inline function createByName<T>(e:Enum<T>, constr:String, ?params:Array<Dynamic>):T {
		return Type.createEnum(e, constr, params);
	}

	/**
		Makes a value of `e` from the constructor at position `index` in
		declaration order, passing `params` as its arguments.
	**/
	static inline function createByIndex<T>(e:Enum<T>, index:Int, ?params:Array<Dynamic>):T {
		return Type.createEnumIndex(e, index, params);
	}

	/**
		Every value of `e` whose constructor takes no arguments, in
		declaration order.
	**/
	static inline function createAll<T>(e:Enum<T>):Array<T> {
		return Type.allEnums(e);
	}

	/**
		The names of all constructors of `e`, in declaration order.
	**/
	static inline function getConstructors<T>(e:Enum<T>):Array<String> {
		return Type.getEnumConstructs(e);
	}
}

/**
	Helpers on enum values, meant for `using haxe.EnumTools`. They forward to
	the matching functions of `Type`.
**/
extern class EnumValueTools {
	/**
		Structural equality of two enum values: same constructor and equal
		arguments, compared recursively for nested enum values.
	**/
	static inline function equals<T:EnumValue>(a:T, b:T):Bool {
		return Type.enumEq(a, b);
	}

	/**
		The name of the constructor that built `e`.
	**/
	static inline function getName(e:EnumValue):String {
		return Type.enumConstructor(e);
	}

	/**
		The arguments that were given to the constructor of `e`; empty when
		it has none.
	**/
	static inline function getParameters(e:EnumValue):Array<Dynamic> {
		return Type.enumParameters(e);
	}

	/**
		The position of the constructor of `e` in its enum's declaration.
	**/
	static inline function getIndex(e:EnumValue):Int {
		return Type.enumIndex(e);
	}
}
