/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	Run-time type information: looking up classes and enums by name, building
	instances and enum values dynamically, and classifying arbitrary values.
**/
extern class Type {
	/**
		The class that `o` was instantiated from, or `null` for values that
		are not class instances (anonymous objects, enum values, basic values).
	**/
	static function getClass<T>(o:T):Class<T>;

	/**
		The enum type that enum value `o` belongs to.
	**/
	static function getEnum(o:EnumValue):Enum<Dynamic>;

	/**
		The class that `c` extends, or `null` if it has no parent.
	**/
	static function getSuperClass(c:Class<Dynamic>):Class<Dynamic>;

	/**
		The dotted path of class `c`, such as `"haxe.ds.StringMap"`.
	**/
	static function getClassName(c:Class<Dynamic>):String;

	/**
		The dotted path of enum `e`.
	**/
	static function getEnumName(e:Enum<Dynamic>):String;

	/**
		Finds a class by its dotted path; `null` when it is unknown or was
		removed by dead code elimination.
	**/
	static function resolveClass(name:String):Class<Dynamic>;

	/**
		Finds an enum by its dotted path; `null` when it is unknown.
	**/
	static function resolveEnum(name:String):Enum<Dynamic>;

	/**
		Instantiates class `cl`, passing `args` to its constructor.
	**/
	static function createInstance<T>(cl:Class<T>, args:Array<Dynamic>):T;

	/**
		Allocates an instance of `cl` without running any constructor.
	**/
	static function createEmptyInstance<T>(cl:Class<T>):T;

	/**
		Builds the value of enum `e` whose constructor is named `constr`,
		with arguments `params`.
	**/
	static function createEnum<T>(e:Enum<T>, constr:String, ?params:Array<Dynamic>):T;

	/**
		Builds the value of enum `e` whose constructor sits at `index` in
		declaration order, with arguments `params`.
	**/
	static function createEnumIndex<T>(e:Enum<T>, index:Int, ?params:Array<Dynamic>):T;

	/**
		The names of the non-static fields of class `c`, inherited ones
		included. Order is not specified.
	**/
	static function getInstanceFields(c:Class<Dynamic>):Array<String>;

	/**
		The names of the static fields of class `c`. Order is not specified.
	**/
	static function getClassFields(c:Class<Dynamic>):Array<String>;

	/**
		The constructor names of enum `e`, in declaration order.
	**/
	static function getEnumConstructs(e:Enum<Dynamic>):Array<String>;

	/**
		Classifies the run-time value `v`.
	**/
	static function typeof(v:Dynamic):ValueType;

	/**
		Deep equality of enum values: same constructor, equal arguments.
	**/
	static function enumEq<T:EnumValue>(a:T, b:T):Bool;

	/**
		The constructor name of the enum value `e`.
	**/
	static function enumConstructor(e:EnumValue):String;

	/**
		The constructor arguments of the enum value `e`.
	**/
	static function enumParameters(e:EnumValue):Array<Dynamic>;

	/**
		The declaration index of the constructor of `e`.
	**/
	static function enumIndex(e:EnumValue):Int;

	/**
		All argument-free values of enum `e`, in declaration order.
	**/
	static function allEnums<T>(e:Enum<T>):Array<T>;
}

/**
	The categories that `Type.typeof` sorts values into.
**/
enum ValueType {
	/** The value `null`. **/
	TNull;

	/** An integer. **/
	TInt;

	/** A floating point number. **/
	TFloat;

	/** `true` or `false`. **/
	TBool;

	/** An anonymous object, or a class or enum used as a value. **/
	TObject;

	/** A function. **/
	TFunction;

	/** An instance of class `c`. **/
	TClass(c:Class<Dynamic>);

	/** A value of enum `e`. **/
	TEnum(e:Enum<Dynamic>);

	/** Anything the target cannot classify. **/
	TUnknown;
}
