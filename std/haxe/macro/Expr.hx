/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

// The untyped syntax tree that macros receive and produce.

#if (macro && !doc_gen)
/**
	A location in source code. Inside macros it is opaque; use
	`haxe.macro.Context.getPosInfos` to look inside.
**/
@:coreType abstract Position {}
#else
/**
	A location in source code: a file and a range of character offsets.
**/
typedef Position = {
	/** The file, as given on the command line or found in the class path. **/
	var file:String;

	/** Offset of the first character. **/
	var min:Int;

	/** Offset just past the last character. **/
	var max:Int;
}
#end

/**
	Which quotes delimited a string literal.
**/
enum StringLiteralKind {
	/** `"..."`: no interpolation. **/
	DoubleQuotes;

	/** `'...'`: `$` interpolation applies. **/
	SingleQuotes;
}

/**
	A literal value or identifier as written.
**/
enum Constant {
	/** An integer literal, kept as its source text. **/
	CInt(v:String);

	/** A floating point literal, kept as its source text. **/
	CFloat(f:String);

	/** A string literal. **/
	CString(s:String, ?kind:StringLiteralKind);

	/** A name: a variable, a type, `true`, `null`, `this`... **/
	CIdent(s:String);

	/** A regular expression literal `~/r/opt`. **/
	CRegexp(r:String, opt:String);
}

/**
	Binary operators.
**/
enum Binop {
	/** `+` **/
	OpAdd;

	/** `*` **/
	OpMult;

	/** `/` **/
	OpDiv;

	/** `-` **/
	OpSub;

	/** `=` **/
	OpAssign;

	/** `==` **/
	OpEq;

	/** `!=` **/
	OpNotEq;

	/** `>` **/
	OpGt;

	/** `>=` **/
	OpGte;

	/** `<` **/
	OpLt;

	/** `<=` **/
	OpLte;

	/** `&` **/
	OpAnd;

	/** `|` **/
	OpOr;

	/** `^` **/
	OpXor;

	/** `&&` **/
	OpBoolAnd;

	/** `||` **/
	OpBoolOr;

	/** `<<` **/
	OpShl;

	/** `>>` **/
	OpShr;

	/** `>>>` **/
	OpUShr;

	/** `%` **/
	OpMod;

	/** A compound assignment such as `+=`, wrapping the underlying operator. **/
	OpAssignOp(op:Binop);

	/** `...` in `a...b`. **/
	OpInterval;

	/** `=>` **/
	OpArrow;

	/** `in` **/
	OpIn;
}

/**
	Unary operators.
**/
enum Unop {
	/** `++` **/
	OpIncrement;

	/** `--` **/
	OpDecrement;

	/** `!` **/
	OpNot;

	/** `-` (negation) **/
	OpNeg;

	/** `~` **/
	OpNegBits;

	/** `...` in front of an argument (spread). **/
	OpSpread;
}

/**
	An expression node: what it is, and where it came from.
**/
typedef Expr = {
	/** The kind of expression and its parts. **/
	var expr:ExprDef;

	/** Its source location. **/
	var pos:Position;
}

/**
	An `Expr` documented as producing a value of type `T`. No check is made.
**/
typedef ExprOf<T> = Expr;

/**
	One `case` of a `switch`.
**/
typedef Case = {
	/** The patterns, separated by commas in the source. **/
	var values:Array<Expr>;

	/** The `if` guard, if any. **/
	var ?guard:Expr;

	/** The body; `null` when empty. **/
	var ?expr:Expr;
}

/**
	One variable of a `var` or `final` declaration.
**/
typedef Var = {
	/** The variable name. **/
	var name:String;

	/** The declared type, if written. **/
	var ?type:ComplexType;

	/** The initial value, if any. **/
	var ?expr:Expr;

	/** Whether it was declared with `final`. **/
	var ?isFinal:Bool;

	/** Metadata attached to the declaration. **/
	var ?meta:Metadata;
}

/**
	One `catch` clause.
**/
typedef Catch = {
	/** The name bound to the caught value. **/
	var name:String;

	/** The caught type, if written. **/
	var ?type:ComplexType;

	/** The handler body. **/
	var expr:Expr;
}

/**
	Whether an object field name was written in quotes.
**/
enum QuoteStatus {
	/** `{name: v}` **/
	Unquoted;

	/** `{"name": v}` **/
	Quoted;
}

/**
	A field of an object literal.
**/
typedef ObjectField = {
	/** The field name. **/
	var field:String;

	/** The field value. **/
	var expr:Expr;

	/** How the name was written. **/
	var ?quotes:QuoteStatus;
}

/**
	How a function expression was written.
**/
enum FunctionKind {
	/** `function(...) ...` without a name. **/
	FAnonymous;

	/** A local `function name(...)`, possibly `inline`. **/
	FNamed(name:String, ?inlined:Bool);

	/** `(...) -> ...` **/
	FArrow;
}

/**
	The kinds of expression.
**/
enum ExprDef {
	/** A literal or identifier. **/
	EConst(c:Constant);

	/** Indexing: `e1[e2]`. **/
	EArray(e1:Expr, e2:Expr);

	/** A binary operation. **/
	EBinop(op:Binop, e1:Expr, e2:Expr);

	/** Field access: `e.field`. **/
	EField(e:Expr, field:String);

	/** Parentheses around `e`. **/
	EParenthesis(e:Expr);

	/** An object literal. **/
	EObjectDecl(fields:Array<ObjectField>);

	/** An array literal. **/
	EArrayDecl(values:Array<Expr>);

	/** A call of `e` with arguments. **/
	ECall(e:Expr, params:Array<Expr>);

	/** An instantiation: `new T(params)`. **/
	ENew(t:TypePath, params:Array<Expr>);

	/** A unary operation, prefix or postfix. **/
	EUnop(op:Unop, postFix:Bool, e:Expr);

	/** A variable declaration. **/
	EVars(vars:Array<Var>);

	/** A function expression. **/
	EFunction(kind:Null<FunctionKind>, f:Function);

	/** A block `{ ... }`. **/
	EBlock(exprs:Array<Expr>);

	/** A `for` loop; `it` is the iteration head. **/
	EFor(it:Expr, expr:Expr);

	/** An `if`, with an optional `else` branch. **/
	EIf(econd:Expr, eif:Expr, eelse:Null<Expr>);

	/** A `while` loop, or a `do ... while` when `normalWhile` is false. **/
	EWhile(econd:Expr, e:Expr, normalWhile:Bool);

	/** A `switch`, with an optional `default`. **/
	ESwitch(e:Expr, cases:Array<Case>, edef:Null<Expr>);

	/** A `try` with its `catch` clauses. **/
	ETry(e:Expr, catches:Array<Catch>);

	/** A `return`, with or without value. **/
	EReturn(?e:Expr);

	/** `break` **/
	EBreak;

	/** `continue` **/
	EContinue;

	/** `untyped e` **/
	EUntyped(e:Expr);

	/** `throw e` **/
	EThrow(e:Expr);

	/** A cast; unsafe when `t` is `null`. **/
	ECast(e:Expr, t:Null<ComplexType>);

	/** A completion request inside `e` (display mode only). **/
	EDisplay(e:Expr, displayKind:DisplayKind);

	/** A completion request after `new` (display mode only). **/
	EDisplayNew(t:TypePath);

	/** `econd ? eif : eelse` **/
	ETernary(econd:Expr, eif:Expr, eelse:Expr);

	/** A type check: `(e : t)`. **/
	ECheckType(e:Expr, t:ComplexType);

	/** Metadata attached to an expression: `@name e`. **/
	EMeta(s:MetadataEntry, e:Expr);

	/** A type test: `e is t`. **/
	EIs(e:Expr, t:ComplexType);
}

/**
	What kind of completion an `EDisplay` asks for.
**/
enum DisplayKind {
	/** Call arguments. **/
	DKCall;

	/** Fields after a dot. **/
	DKDot;

	/** Fields of an object literal. **/
	DKStructure;

	/** A marked position. **/
	DKMarked;

	/** Inside a pattern. **/
	DKPattern(outermost:Bool);
}

/**
	A type as written in source, before resolution.
**/
enum ComplexType {
	/** A named type, possibly with parameters. **/
	TPath(p:TypePath);

	/** A function type. **/
	TFunction(args:Array<ComplexType>, ret:ComplexType);

	/** An anonymous structure type. **/
	TAnonymous(fields:Array<Field>);

	/** Parentheses around a type. **/
	TParent(t:ComplexType);

	/** A structure extending others: `{> A, > B, fields}`. **/
	TExtend(p:Array<TypePath>, fields:Array<Field>);

	/** An optional function argument type. **/
	TOptional(t:ComplexType);

	/** A named function argument type: `(n:t) -> ...`. **/
	TNamed(n:String, t:ComplexType);

	/** An intersection: `A & B`. **/
	TIntersection(tl:Array<ComplexType>);
}

/**
	A reference to a named type.
**/
typedef TypePath = {
	/** The package, one element per segment. **/
	var pack:Array<String>;

	/** The module name. **/
	var name:String;

	/** Type arguments, if any. **/
	var ?params:Array<TypeParam>;

	/** The type inside the module, when it differs from the module name. **/
	var ?sub:String;
}

/**
	A type argument: a type, or a constant expression for `@:generic` code.
**/
enum TypeParam {
	/** A type. **/
	TPType(t:ComplexType);

	/** An expression. **/
	TPExpr(e:Expr);
}

/**
	A type parameter declaration such as `T:Constraint`.
**/
typedef TypeParamDecl = {
	/** The parameter name. **/
	var name:String;

	/** Its constraints. **/
	var ?constraints:Array<ComplexType>;

	/** Its own parameters. **/
	var ?params:Array<TypeParamDecl>;

	/** Its metadata. **/
	var ?meta:Metadata;
}

/**
	A function: arguments, return type, body and type parameters.
**/
typedef Function = {
	/** The arguments. **/
	var args:Array<FunctionArg>;

	/** The declared return type, if written. **/
	var ?ret:ComplexType;

	/** The body; absent for declarations without one. **/
	var ?expr:Expr;

	/** Type parameters. **/
	var ?params:Array<TypeParamDecl>;
}

/**
	One function argument.
**/
typedef FunctionArg = {
	/** The argument name. **/
	var name:String;

	/** Whether it was marked optional with `?`. **/
	var ?opt:Bool;

	/** The declared type, if written. **/
	var ?type:ComplexType;

	/** The default value, if any. **/
	var ?value:Expr;

	/** Its metadata. **/
	var ?meta:Metadata;
}

/**
	One metadata item: `@name(params)` or `@:name(params)`.
**/
typedef MetadataEntry = {
	/** The name, including a leading `:` for compiler metadata. **/
	var name:String;

	/** The arguments, if any. **/
	var ?params:Array<Expr>;

	/** Where it was written. **/
	var pos:Position;
}

/**
	A list of metadata items.
**/
typedef Metadata = Array<MetadataEntry>;

/**
	A field of a class, abstract or structure.
**/
typedef Field = {
	/** The field name. **/
	var name:String;

	/** Its documentation comment. **/
	var ?doc:String;

	/** Its access modifiers. **/
	var ?access:Array<Access>;

	/** Whether it is a variable, a function or a property. **/
	var kind:FieldType;

	/** Where it was declared. **/
	var pos:Position;

	/** Its metadata. **/
	var ?meta:Metadata;
}

/**
	Field modifiers.
**/
enum Access {
	/** `public` **/
	APublic;

	/** `private` **/
	APrivate;

	/** `static` **/
	AStatic;

	/** `override` **/
	AOverride;

	/** `dynamic` **/
	ADynamic;

	/** `inline` **/
	AInline;

	/** `macro` **/
	AMacro;

	/** `final` **/
	AFinal;

	/** `extern` **/
	AExtern;

	/** `abstract` **/
	AAbstract;

	/** `overload` **/
	AOverload;
}

/**
	The shape of a field.
**/
enum FieldType {
	/** A variable with optional type and initial value. **/
	FVar(t:Null<ComplexType>, ?e:Expr);

	/** A method. **/
	FFun(f:Function);

	/** A property with its read and write accessors. **/
	FProp(get:String, set:String, ?t:ComplexType, ?e:Expr);
}

/**
	A whole type declaration, as built by macros with
	`haxe.macro.Context.defineType`.
**/
typedef TypeDefinition = {
	/** The package. **/
	var pack:Array<String>;

	/** The type name. **/
	var name:String;

	/** Its documentation. **/
	var ?doc:String;

	/** Where it is declared. **/
	var pos:Position;

	/** Its metadata. **/
	var ?meta:Metadata;

	/** Its type parameters. **/
	var ?params:Array<TypeParamDecl>;

	/** Whether it is `extern`. **/
	var ?isExtern:Bool;

	/** What kind of type it is. **/
	var kind:TypeDefKind;

	/** Its fields. **/
	var fields:Array<Field>;
}

/**
	The kinds of type declaration.
**/
enum TypeDefKind {
	/** An enum; each field is a constructor. **/
	TDEnum;

	/** A structure type. **/
	TDStructure;

	/** A class or interface with its parent and interfaces. **/
	TDClass(?superClass:TypePath, ?interfaces:Array<TypePath>, ?isInterface:Bool, ?isFinal:Bool, ?isAbstract:Bool);

	/** A typedef naming another type. **/
	TDAlias(t:ComplexType);

	/** An abstract over `tthis`, with its implicit conversions. **/
	TDAbstract(tthis:Null<ComplexType>, ?from:Array<ComplexType>, ?to:Array<ComplexType>);

	/** A module-level field. **/
	TDField(kind:FieldType, ?access:Array<Access>);
}

/**
	An error raised by a macro, reported by the compiler at `pos`.
**/
class Error extends Exception {
	/** Where the error is reported. **/
	public var pos:Position;

	/** Makes an error with `message` located at `pos`. **/
	public function new(message:String, pos:Position, ?previous:Exception) {
		super(message, previous);
		this.pos = pos;
	}
}

/**
	How an `import` brings names in.
**/
enum ImportMode {
	/** `import a.B;` **/
	INormal;

	/** `import a.B as C;` **/
	IAsName(alias:String);

	/** `import a.*;` **/
	IAll;
}

/**
	An `import` declaration.
**/
typedef ImportExpr = {
	/** The dotted path, one element per segment. **/
	var path:Array<{pos:Position, name:String}>;

	/** How the names are brought in. **/
	var mode:ImportMode;
}
