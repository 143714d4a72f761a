/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

// The typed view of the program that the compiler exposes to macros.

/**
	A handle on a compiler object that is resolved when asked for.
**/
typedef Ref<T> = {
	/** The referenced object. **/
	public function get():T;

	/** A printable name for it. **/
	public function toString():String;
}

/**
	A type as the compiler knows it after resolution.
**/
enum Type {
	/** A type not inferred yet; `t` holds it once it is known. **/
	TMono(t:Ref<Null<Type>>);

	/** An enum type with its arguments. **/
	TEnum(t:Ref<EnumType>, params:Array<Type>);

	/** A class or interface instance type with its arguments. **/
	TInst(t:Ref<ClassType>, params:Array<Type>);

	/** A typedef with its arguments, not yet expanded. **/
	TType(t:Ref<DefType>, params:Array<Type>);

	/** A function type. **/
	TFun(args:Array<{name:String, opt:Bool, t:Type}>, ret:Type);

	/** An anonymous structure type. **/
	TAnonymous(a:Ref<AnonType>);

	/** `Dynamic`, or `Dynamic<t>`. **/
	TDynamic(t:Null<Type>);

	/** A type computed on first use. **/
	TLazy(f:Void->Type);

	/** An abstract type with its arguments. **/
	TAbstract(t:Ref<AbstractType>, params:Array<Type>);
}

/**
	The content of an anonymous structure type.
**/
typedef AnonType = {
	/** Its fields. **/
	var fields:Array<ClassField>;

	/** Whether and how it may still gain fields. **/
	var status:AnonStatus;
}

/**
	What an anonymous structure type stands for.
**/
enum AnonStatus {
	/** A complete structure. **/
	AClosed;

	/** A structure still collecting fields during inference. **/
	AOpened;

	/** The type of an object literal. **/
	AConst;

	/** A structure extending the types `tl`. **/
	AExtend(tl:Ref<Array<Type>>);

	/** The static side of a class. **/
	AClassStatics(t:Ref<ClassType>);

	/** The constructors of an enum. **/
	AEnumStatics(t:Ref<EnumType>);

	/** The static side of an abstract. **/
	AAbstractStatics(t:Ref<AbstractType>);
}

/**
	A type parameter of a type or field.
**/
typedef TypeParameter = {
	/** Its name. **/
	var name:String;

	/** The type standing for it (a `TInst` of kind `KTypeParameter`). **/
	var t:Type;
}

/**
	A field of a class, abstract implementation or structure.
**/
typedef ClassField = {
	/** Its name. **/
	var name:String;

	/** Its type. **/
	var type:Type;

	/** Whether it is public. **/
	var isPublic:Bool;

	/** Whether it is `extern`. **/
	var isExtern:Bool;

	/** Whether it is `final`. **/
	var isFinal:Bool;

	/** Whether it is `abstract`. **/
	var isAbstract:Bool;

	/** Its own type parameters. **/
	var params:Array<TypeParameter>;

	/** Its metadata. **/
	var meta:MetaAccess;

	/** Variable or method, with access details. **/
	var kind:FieldKind;

	/** Its typed body or initial value, if available. **/
	function expr():Null<TypedExpr>;

	/** Where it is declared. **/
	var pos:Expr.Position;

	/** Its documentation. **/
	var doc:Null<String>;

	/** The other signatures of an overloaded method. **/
	var overloads:Ref<Array<ClassField>>;
}

/**
	A constructor of an enum.
**/
typedef EnumField = {
	/** Its name. **/
	var name:String;

	/** Its type: the enum, or a function returning it. **/
	var type:Type;

	/** Where it is declared. **/
	var pos:Expr.Position;

	/** Its metadata. **/
	var meta:MetaAccess;

	/** Its position in declaration order. **/
	var index:Int;

	/** Its documentation. **/
	var doc:Null<String>;

	/** Its own type parameters. **/
	var params:Array<TypeParameter>;
}

/**
	What a class type really is.
**/
enum ClassKind {
	/** An ordinary class or interface. **/
	KNormal;

	/** A type parameter with its constraints. **/
	KTypeParameter(constraints:Array<Type>);

	/** The holder of a module's top-level fields. **/
	KModuleFields(module:String);

	/** A type given by an expression. **/
	KExpr(expr:Expr);

	/** A `@:generic` class. **/
	KGeneric;

	/** A specialisation of a `@:generic` class. **/
	KGenericInstance(cl:Ref<ClassType>, params:Array<Type>);

	/** A type produced by a macro. **/
	KMacroType;

	/** The implementation class of an abstract. **/
	KAbstractImpl(a:Ref<AbstractType>);

	/** A class with `@:genericBuild`. **/
	KGenericBuild;
}

/**
	Properties common to every named type.
**/
typedef BaseType = {
	/** The package. **/
	var pack:Array<String>;

	/** The type name. **/
	var name:String;

	/** The dotted path of the module declaring it. **/
	var module:String;

	/** Where it is declared. **/
	var pos:Expr.Position;

	/** Whether it is `private`. **/
	var isPrivate:Bool;

	/** Whether it is `extern`. **/
	var isExtern:Bool;

	/** Its type parameters. **/
	var params:Array<TypeParameter>;

	/** Its metadata. **/
	var meta:MetaAccess;

	/** Its documentation. **/
	var doc:Null<String>;

	/** Leaves the type out of the generated output. **/
	function exclude():Void;
}

/**
	A class or interface.
**/
typedef ClassType = BaseType & {
	/** What kind of class it is. **/
	var kind:ClassKind;

	/** Whether it is an interface. **/
	var isInterface:Bool;

	/** Whether it is `final`. **/
	var isFinal:Bool;

	/** Whether it is `abstract`. **/
	var isAbstract:Bool;

	/** The parent class, if any. **/
	var superClass:Null<{t:Ref<ClassType>, params:Array<Type>}>;

	/** The implemented (or extended, for interfaces) interfaces. **/
	var interfaces:Array<{t:Ref<ClassType>, params:Array<Type>}>;

	/** The instance fields. **/
	var fields:Ref<Array<ClassField>>;

	/** The static fields. **/
	var statics:Ref<Array<ClassField>>;

	/** The constructor, if declared. **/
	var constructor:Null<Ref<ClassField>>;

	/** The `__init__` code, if any. **/
	var init:Null<TypedExpr>;

	/** The fields that override a parent's. **/
	var overrides:Array<Ref<ClassField>>;
}

/**
	An enum.
**/
typedef EnumType = BaseType & {
	/** The constructors by name. **/
	var constructs:Map<String, EnumField>;

	/** The constructor names in declaration order. **/
	var names:Array<String>;
}

/**
	A typedef.
**/
typedef DefType = BaseType & {
	/** The type it names. **/
	var type:Type;
}

/**
	An abstract type.
**/
typedef AbstractType = BaseType & {
	/** The underlying type. **/
	var type:Type;

	/** The class holding its fields, if any. **/
	var impl:Null<Ref<ClassType>>;

	/** Its binary operator overloads. **/
	var binops:Array<{op:Expr.Binop, field:ClassField}>;

	/** Its unary operator overloads. **/
	var unops:Array<{op:Expr.Unop, postFix:Bool, field:ClassField}>;

	/** Types converting implicitly to it, with the converting field if any. **/
	var from:Array<{t:Type, field:Null<ClassField>}>;

	/** Types it converts implicitly to, with the converting field if any. **/
	var to:Array<{t:Type, field:Null<ClassField>}>;

	/** Its `@:arrayAccess` fields. **/
	var array:Array<ClassField>;

	/** Its `@:op(a.b)` read resolver, if any. **/
	var resolve:Null<ClassField>;

	/** Its `@:op(a.b)` write resolver, if any. **/
	var resolveWrite:Null<ClassField>;
}

/**
	Read and write access to the metadata of a typed declaration.
**/
typedef MetaAccess = {
	/** All metadata items. **/
	function get():Expr.Metadata;

	/** The items called `name`. **/
	function extract(name:String):Array<Expr.MetadataEntry>;

	/** Attaches a new item. **/
	function add(name:String, params:Array<Expr>, pos:Expr.Position):Void;

	/** Drops every item called `name`. **/
	function remove(name:String):Void;

	/** Whether an item called `name` exists. **/
	function has(name:String):Bool;
}

/**
	Whether a field is a variable or a method.
**/
enum FieldKind {
	/** A variable or property with its read and write access. **/
	FVar(read:VarAccess, write:VarAccess);

	/** A method. **/
	FMethod(k:MethodKind);
}

/**
	How a variable is read or written.
**/
enum VarAccess {
	/** Directly. **/
	AccNormal;

	/** Only from inside the declaring type (`null`). **/
	AccNo;

	/** Never (`never`). **/
	AccNever;

	/** Through a resolve function. **/
	AccResolve;

	/** Through an accessor method (`get`/`set`). **/
	AccCall;

	/** As an inlined constant. **/
	AccInline;

	/** Only when the flag `r` is defined. **/
	AccRequire(r:String, ?msg:String);

	/** Only in the constructor (`final` fields). **/
	AccCtor;
}

/**
	The kinds of method.
**/
enum MethodKind {
	/** An ordinary method. **/
	MethNormal;

	/** An `inline` method. **/
	MethInline;

	/** A `dynamic` method. **/
	MethDynamic;

	/** A `macro` method. **/
	MethMacro;
}

/**
	Constants in typed expressions.
**/
enum TConstant {
	/** An integer. **/
	TInt(i:Int);

	/** A float, as its source text. **/
	TFloat(s:String);

	/** A string. **/
	TString(s:String);

	/** `true` or `false`. **/
	TBool(b:Bool);

	/** `null` **/
	TNull;

	/** `this` **/
	TThis;

	/** `super` **/
	TSuper;
}

/**
	A local variable in typed code.
**/
typedef TVar = {
	/** A number unique within the compilation. **/
	public var id(default, never):Int;

	/** Its name. **/
	public var name(default, never):String;

	/** Its type. **/
	public var t(default, never):Type;

	/** Whether a closure captures it. **/
	public var capture(default, never):Bool;

	/** For inline local functions, their parameters and body. **/
	public var extra(default, never):Null<{params:Array<TypeParameter>, expr:Null<TypedExpr>}>;

	/** Its metadata. **/
	public var meta(default, never):Null<MetaAccess>;
}

/**
	A type declaration of a module.
**/
enum ModuleType {
	/** Declares a class or interface. **/
	TClassDecl(c:Ref<ClassType>);

	/** Declares an enum. **/
	TEnumDecl(e:Ref<EnumType>);

	/** Declares a type alias. **/
	TTypeDecl(t:Ref<DefType>);

	/** Declares an abstract type. **/
	TAbstract(a:Ref<AbstractType>);
}

/**
	A typed function.
**/
typedef TFunc = {
	/** Its arguments with default values. **/
	var args:Array<{v:TVar, value:Null<TypedExpr>}>;

	/** Its return type. **/
	var t:Type;

	/** Its body. **/
	var expr:TypedExpr;
}

/**
	How a typed field access was resolved.
**/
enum FieldAccess {
	/** An instance field of a class. **/
	FInstance(c:Ref<ClassType>, params:Array<Type>, cf:Ref<ClassField>);

	/** A static field of a class. **/
	FStatic(c:Ref<ClassType>, cf:Ref<ClassField>);

	/** A field of a structure. **/
	FAnon(cf:Ref<ClassField>);

	/** A field looked up at run time. **/
	FDynamic(s:String);

	/** A method used as a value. **/
	FClosure(c:Null<{c:Ref<ClassType>, params:Array<Type>}>, cf:Ref<ClassField>);

	/** An enum constructor. **/
	FEnum(e:Ref<EnumType>, ef:EnumField);
}

/**
	The kinds of typed expression.
**/
enum TypedExprDef {
	/** A constant. **/
	TConst(c:TConstant);

	/** A local variable. **/
	TLocal(v:TVar);

	/** Indexing. **/
	TArray(e1:TypedExpr, e2:TypedExpr);

	/** A binary operation. **/
	TBinop(op:Expr.Binop, e1:TypedExpr, e2:TypedExpr);

	/** A field access. **/
	TField(e:TypedExpr, fa:FieldAccess);

	/** A type used as a value. **/
	TTypeExpr(m:ModuleType);

	/** Parentheses. **/
	TParenthesis(e:TypedExpr);

	/** An object literal. **/
	TObjectDecl(fields:Array<{name:String, expr:TypedExpr}>);

	/** An array literal. **/
	TArrayDecl(el:Array<TypedExpr>);

	/** A call. **/
	TCall(e:TypedExpr, el:Array<TypedExpr>);

	/** An instantiation. **/
	TNew(c:Ref<ClassType>, params:Array<Type>, el:Array<TypedExpr>);

	/** A unary operation. **/
	TUnop(op:Expr.Unop, postFix:Bool, e:TypedExpr);

	/** A function. **/
	TFunction(tfunc:TFunc);

	/** A variable declaration. **/
	TVar(v:TVar, expr:Null<TypedExpr>);

	/** A block. **/
	TBlock(el:Array<TypedExpr>);

	/** A `for` loop over `e1` binding `v`. **/
	TFor(v:TVar, e1:TypedExpr, e2:TypedExpr);

	/** An `if`. **/
	TIf(econd:TypedExpr, eif:TypedExpr, eelse:Null<TypedExpr>);

	/** A `while` or `do ... while` loop. **/
	TWhile(econd:TypedExpr, e:TypedExpr, normalWhile:Bool);

	/** A `switch`. **/
	TSwitch(e:TypedExpr, cases:Array<{values:Array<TypedExpr>, expr:TypedExpr}>, edef:Null<TypedExpr>);

	/** A `try` with its handlers. **/
	TTry(e:TypedExpr, catches:Array<{v:TVar, expr:TypedExpr}>);

	/** A `return`. **/
	TReturn(e:Null<TypedExpr>);

	/** `break` **/
	TBreak;

	/** `continue` **/
	TContinue;

	/** `throw` **/
	TThrow(e:TypedExpr);

	/** A cast, checked against `m` when given. **/
	TCast(e:TypedExpr, m:Null<ModuleType>);

	/** Metadata on an expression. **/
	TMeta(m:Expr.MetadataEntry, e1:TypedExpr);

	/** Reading argument `index` of enum value `e1` built by `ef`. **/
	TEnumParameter(e1:TypedExpr, ef:EnumField, index:Int);

	/** Reading the constructor index of enum value `e1`. **/
	TEnumIndex(e1:TypedExpr);

	/** An identifier the compiler kept unresolved. **/
	TIdent(s:String);
}

/**
	A typed expression node.
**/
typedef TypedExpr = {
	/** The kind of expression and its parts. **/
	var expr:TypedExprDef;

	/** Its source location. **/
	var pos:Expr.Position;

	/** Its type. **/
	var t:Type;
}
