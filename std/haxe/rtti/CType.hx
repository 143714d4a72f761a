/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.rtti;

/** A dotted type path such as `"haxe.ds.StringMap"`. **/
typedef Path = String;

/** The targets a declaration is available on. **/
typedef Platforms = Array<String>;

/** An argument of a function type. **/
typedef FunctionArgument = {name:String, opt:Bool, t:CType, ?value:String};

/**
	A type as described by run-time type information (`@:rtti`) and by the
	documentation XML haxe generates.
**/
enum CType {
	/** A type that could not be described. **/
	CUnknown;

	/** An enum type with its arguments. **/
	CEnum(name:Path, params:Array<CType>);

	/** A class type with its arguments. **/
	CClass(name:Path, params:Array<CType>);

	/** A typedef with its arguments. **/
	CTypedef(name:Path, params:Array<CType>);

	/** A function type. **/
	CFunction(args:Array<FunctionArgument>, ret:CType);

	/** A structure type. **/
	CAnonymous(fields:Array<ClassField>);

	/** `Dynamic`, possibly with a value type. **/
	CDynamic(?t:CType);

	/** An abstract type with its arguments. **/
	CAbstract(name:Path, params:Array<CType>);
}

/** A type path with type arguments. **/
typedef PathParams = {
	/** The type. **/
	var path:Path;

	/** Its arguments. **/
	var params:Array<CType>;
};

/** The names of a declaration's type parameters. **/
typedef TypeParams = Array<String>;

/**
	How a field may be read or written.
**/
enum Rights {
	/** Directly. **/
	RNormal;

	/** Not from outside (`null`). **/
	RNo;

	/** Through the accessor `m`. **/
	RCall(m:String);

	/** It is a method. **/
	RMethod;

	/** It is a `dynamic` method. **/
	RDynamic;

	/** It is inlined. **/
	RInline;
}

/** Metadata entries with their arguments as source text. **/
typedef MetaData = Array<{name:String, params:Array<String>}>;

/**
	A field of a class or structure.
**/
typedef ClassField = {
	/** Its name. **/
	var name:String;

	/** Its type. **/
	var type:CType;

	/** Whether it is public. **/
	var isPublic:Bool;

	/** Whether it is `final`. **/
	var isFinal:Bool;

	/** Whether it overrides a parent's field. **/
	var isOverride:Bool;

	/** Its documentation. **/
	var doc:Null<String>;

	/** Read access. **/
	var get:Rights;

	/** Write access. **/
	var set:Rights;

	/** Its type parameters. **/
	var params:TypeParams;

	/** The targets it exists on. **/
	var platforms:Platforms;

	/** Its metadata. **/
	var meta:MetaData;

	/** The line it is declared on, if known. **/
	var line:Null<Int>;

	/** The other signatures of an overloaded method. **/
	var overloads:Null<Array<ClassField>>;

	/** Its initial value or body as source text, when recorded. **/
	var expr:Null<String>;
};

/**
	What every described type has.
**/
typedef TypeInfos = {
	/** Its path. **/
	var path:Path;

	/** The module declaring it. **/
	var module:Path;

	/** The file declaring it, if known. **/
	var file:Null<String>;

	/** Its type parameters. **/
	var params:TypeParams;

	/** Its documentation. **/
	var doc:Null<String>;

	/** Whether it is private. **/
	var isPrivate:Bool;

	/** The targets it exists on. **/
	var platforms:Platforms;

	/** Its metadata. **/
	var meta:MetaData;
};

/**
	A described class or interface.
**/
typedef Classdef = TypeInfos & {
	/** Whether it is `extern`. **/
	var isExtern:Bool;

	/** Whether it is `final`. **/
	var isFinal:Bool;

	/** Whether it is an interface. **/
	var isInterface:Bool;

	/** Its parent class, if any. **/
	var superClass:Null<PathParams>;

	/** Its interfaces. **/
	var interfaces:Array<PathParams>;

	/** Its instance fields. **/
	var fields:Array<ClassField>;

	/** Its static fields. **/
	var statics:Array<ClassField>;

	/** The value type when it implements `Dynamic<T>`. **/
	var tdynamic:Null<CType>;
};

/**
	A described enum constructor.
**/
typedef EnumField = {
	/** Its name. **/
	var name:String;

	/** Its arguments, or `null` when it takes none. **/
	var args:Null<Array<{name:String, opt:Bool, t:CType}>>;

	/** Its documentation. **/
	var doc:String;

	/** The targets it exists on. **/
	var platforms:Platforms;

	/** Its metadata. **/
	var meta:MetaData;
};

/**
	A described enum.
**/
typedef Enumdef = TypeInfos & {
	/** Whether it is `extern`. **/
	var isExtern:Bool;

	/** Its constructors. **/
	var constructors:Array<EnumField>;
};

/**
	A described typedef.
**/
typedef Typedef = TypeInfos & {
	/** The type it names. **/
	var type:CType;

	/** The type it names on each target, when they differ. **/
	var types:Map<String, CType>;
};

/**
	A described abstract type.
**/
typedef Abstractdef = TypeInfos & {
	/** Types it converts to, with the converting field if any. **/
	var to:Array<{t:CType, field:Null<String>}>;

	/** Types it converts from, with the converting field if any. **/
	var from:Array<{t:CType, field:Null<String>}>;

	/** The class holding its fields. **/
	var impl:Classdef;

	/** Its underlying type. **/
	var athis:CType;
};

/**
	A node of a described program: a package or a type.
**/
enum TypeTree {
	/** A package with its content. **/
	TPackage(name:String, full:String, subs:Array<TypeTree>);

	/** Describes a class or interface. **/
	TClassdecl(c:Classdef);

	/** Describes an enum. **/
	TEnumdecl(e:Enumdef);

	/** Describes a type alias. **/
	TTypedecl(t:Typedef);

	/** Describes an abstract type. **/
	TAbstractdecl(a:Abstractdef);
}

/** The top-level nodes of a described program. **/
typedef TypeRoot = Array<TypeTree>;

/**
	Helpers on type descriptions.
**/
class TypeApi {
	/** The common information of a type node; throws for packages. **/
	public static function typeInfos(t:TypeTree):TypeInfos {
		return switch (t) {
			case TClassdecl(c): c;
			case TEnumdecl(e): e;
			case TTypedecl(d): d;
			case TAbstractdecl(a): a;
			case TPackage(_, _, _): throw "Unexpected Package";
		}
	}

	/** Whether `t` describes something other than a function. **/
	public static function isVar(t:CType):Bool {
		return !t.match(CFunction(_, _));
	}

	static function sameLists<T>(same:T->T->Bool, a:Array<T>, b:Array<T>):Bool {
		if (a.length != b.length)
			return false;
		for (i in 0...a.length)
			if (!same(a[i], b[i]))
				return false;
		return true;
	}

	/** Whether two access descriptions are the same. **/
	public static function rightsEq(r1:Rights, r2:Rights):Bool {
		return switch [r1, r2] {
			case [RCall(a), RCall(b)]: a == b;
			case _: r1 == r2;
		}
	}

	/** Whether two type descriptions are structurally equal. **/
	public static function typeEq(t1:CType, t2:CType):Bool {
		return switch [t1, t2] {
			case [CUnknown, CUnknown]: true;
			case [CEnum(n1, p1), CEnum(n2, p2)] | [CClass(n1, p1), CClass(n2, p2)] | [CTypedef(n1, p1), CTypedef(n2, p2)] | [CAbstract(n1, p1), CAbstract(n2, p2)]:
				n1 == n2 && sameLists(typeEq, p1, p2);
			case [CFunction(a1, r1), CFunction(a2, r2)]:
				sameLists((x, y) -> x.name == y.name && x.opt == y.opt && typeEq(x.t, y.t), a1, a2) && typeEq(r1, r2);
			case [CAnonymous(f1), CAnonymous(f2)]:
				sameLists(fieldEq, f1, f2);
			case [CDynamic(d1), CDynamic(d2)]:
				(d1 == null) == (d2 == null) && (d1 == null || typeEq(d1, d2));
			case _: false;
		}
	}

	/** Whether two field descriptions are equal (name, type, visibility, doc, access, parameters). **/
	public static function fieldEq(f1:ClassField, f2:ClassField):Bool {
		if (f1.name != f2.name || f1.isPublic != f2.isPublic || f1.doc != f2.doc)
			return false;
		if (!typeEq(f1.type, f2.type) || !rightsEq(f1.get, f2.get) || !rightsEq(f1.set, f2.set))
			return false;
		if ((f1.params == null) != (f2.params == null))
			return false;
		return f1.params == null || f1.params.join(":") == f2.params.join(":");
	}

	/** Whether two constructor descriptions are equal. **/
	public static function constructorEq(c1:EnumField, c2:EnumField):Bool {
		if (c1.name != c2.name || c1.doc != c2.doc)
			return false;
		if ((c1.args == null) != (c2.args == null))
			return false;
		return c1.args == null || sameLists((a, b) -> a.name == b.name && a.opt == b.opt && typeEq(a.t, b.t), c1.args, c2.args);
	}
}

/**
	Printing of type descriptions.
**/
class CTypeTools {
	/**
		`t` as readable text in the old arrow notation, such as
		`a:Int -> ?b:String -> Void` or `Array<Int>`.
	**/
	static public function toString(t:CType):String {
		switch (t) {
			case CUnknown:
				return "unknown";
			case CClass(name, params) | CEnum(name, params) | CTypedef(name, params) | CAbstract(name, params):
				return params.length == 0 ? name : name + "<" + [for (p in params) toString(p)].join(", ") + ">";
			case CFunction(args, ret):
				var parts = [for (a in args) argText(a)];
				if (parts.length == 0)
					parts.push("Void");
				parts.push(toString(ret));
				return parts.join(" -> ");
			case CDynamic(null):
				return "Dynamic";
			case CDynamic(inner):
				return "Dynamic<" + toString(inner) + ">";
			case CAnonymous(fields):
				return "{ " + [for (f in fields) f.name + ":" + toString(f.type)].join(", ") + "}";
		}
	}

	static function argText(a:FunctionArgument):String {
		var label = a.name == "" ? "" : a.name + ":";
		var value = a.value == null ? "" : " = " + a.value;
		return (a.opt ? "?" : "") + label + toString(a.t) + value;
	}
}
