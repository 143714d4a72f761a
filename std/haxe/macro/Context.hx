/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

import haxe.macro.Expr;
import haxe.macro.Type.TypedExpr;

/**
	A diagnostic recorded during compilation.
**/
enum Message {
	/** An informational note at `pos`. **/
	Info(msg:String, pos:Position);

	/** A warning at `pos`. **/
	Warning(msg:String, pos:Position);
}

/**
	The compiler's services for macros: reporting, inspecting the code being
	compiled, typing expressions and adding new types. Only usable while a
	macro runs.
**/
class Context {
	#if (neko || eval || display)
	/** Reports an error at `pos` and aborts the current macro. **/
	public static function error(msg:String, pos:Position):Dynamic {
		return api("error")(msg, pos);
	}

	/** Reports an error at `pos` and stops the whole compilation. **/
	public static function fatalError(msg:String, pos:Position):Dynamic {
		return api("fatal_error")(msg, pos);
	}

	/** Reports a warning at `pos`. **/
	public static function warning(msg:String, pos:Position):Void {
		api("warning")(msg, pos);
	}

	/** Reports an informational note at `pos`. **/
	public static function info(msg:String, pos:Position):Void {
		api("info")(msg, pos);
	}

	/** The warnings and notes collected so far. **/
	public static function getMessages():Array<Message> {
		return api("get_messages")();
	}

	/** Keeps only the collected messages for which `predicate` holds. **/
	public static function filterMessages(predicate:Message->Bool):Void {
		api("filter_messages")(predicate);
	}

	/** Finds `file` relative to the class paths; throws when it is nowhere. **/
	public static function resolvePath(file:String):String {
		return api("resolve_path")(file);
	}

	/** The class paths of the compilation. **/
	public static function getClassPath():Array<String> {
		return api("class_path")();
	}

	/** Whether the display (completion) position lies inside `pos`. **/
	public static function containsDisplayPosition(pos:Position):Bool {
		return api("contains_display_position")(pos);
	}

	/** The position of the expression that invoked the macro. **/
	public static function currentPos():Position {
		return api("current_pos")();
	}

	/** The type the calling context expects, if known. **/
	public static function getExpectedType():Null<Type> {
		return api("get_expected_type")();
	}

	/** The arguments of the macro call, for `@:genericBuild` and similar. **/
	public static function getCallArguments():Null<Array<Expr>> {
		return api("get_call_arguments")();
	}

	/** The class in which the macro was invoked, if any. **/
	public static function getLocalClass():Null<Type.Ref<Type.ClassType>> {
		var t:Type = api("get_local_type")();
		return switch (t) {
			case null: null;
			case TInst(c, _): c;
			case _: null;
		}
	}

	/** The dotted path of the module in which the macro was invoked. **/
	public static function getLocalModule():String {
		return api("get_local_module")();
	}

	/** The type in which the macro was invoked, if any. **/
	public static function getLocalType():Null<Type> {
		return api("get_local_type")();
	}

	/** The method in which the macro was invoked, if any. **/
	public static function getLocalMethod():Null<String> {
		return api("get_local_method")();
	}

	/** The classes brought in with `using` where the macro was invoked. **/
	public static function getLocalUsing():Array<Type.Ref<Type.ClassType>> {
		return api("get_local_using")();
	}

	/** The imports in effect where the macro was invoked. **/
	public static function getLocalImports():Array<ImportExpr> {
		return api("get_local_imports")();
	}

	/** The local variables visible at the call, by name, with their types. **/
	public static function getLocalVars():Map<String, Type> {
		return api("local_vars")(false);
	}

	/** The local variables visible at the call, by name, as typed variables. **/
	public static function getLocalTVars():Map<String, Type.TVar> {
		return api("local_vars")(true);
	}

	/** Whether the conditional compilation flag `s` is set. **/
	public static function defined(s:String):Bool {
		return api("defined")(s);
	}

	/** The value of flag `key`, or `null` when it is not set. **/
	public static function definedValue(key:String):String {
		return api("defined_value")(key);
	}

	/** Every flag with its value. **/
	public static function getDefines():Map<String, String> {
		return api("get_defines")();
	}

	/** Resolves the type called `name`; throws when it does not exist. **/
	public static function getType(name:String):Type {
		return api("get_type")(name);
	}

	/** The types declared by module `name`. **/
	public static function getModule(name:String):Array<Type> {
		return api("get_module")(name);
	}

	/** Parses Haxe source `expr` into an expression located at `pos`. **/
	public static function parse(expr:String, pos:Position):Expr {
		return api("do_parse")(expr, pos, false);
	}

	/** Parses `expr` as the content of a single-quoted, interpolated string. **/
	public static function parseInlineString(expr:String, pos:Position):Expr {
		return api("do_parse")(expr, pos, true);
	}

	/** An expression that rebuilds the constant value `v`. **/
	public static function makeExpr(v:Dynamic, pos:Position):Expr {
		return api("make_expr")(v, pos);
	}

	/** A hash of `v`, equal for structurally equal values. **/
	public static function signature(v:Dynamic):String {
		return api("signature")(v);
	}

	/** Registers `callback` to see every type before output generation. **/
	public static function onGenerate(callback:Array<Type>->Void, persistent:Bool = true):Void {
		api("on_generate")(callback, persistent);
	}

	/** Registers `callback` to run once the output is written. **/
	public static function onAfterGenerate(callback:Void->Void):Void {
		api("on_after_generate")(callback);
	}

	/** Registers `callback` to run when typing is done; it may add types. **/
	public static function onAfterTyping(callback:Array<haxe.macro.Type.ModuleType>->Void):Void {
		api("on_after_typing")(callback);
	}

	/** Registers `callback` to supply a definition for types that cannot be found. **/
	public static function onTypeNotFound(callback:String->TypeDefinition):Void {
		api("on_type_not_found")(callback);
	}

	/** Types `e` in the calling context and gives its type. **/
	public static function typeof(e:Expr):Type {
		return api("typeof")(e);
	}

	/** Types `e` in the calling context and gives the typed expression. **/
	public static function typeExpr(e:Expr):TypedExpr {
		return api("type_expr")(e);
	}

	/** Resolves the syntactic type `t` as if written at `p`. **/
	public static function resolveType(t:ComplexType, p:Position):Type {
		return api("resolve_type")(t, p);
	}

	/** A syntactic form of `t`, or `null` when it has none. **/
	public static function toComplexType(t:Type):Null<ComplexType> {
		return api("to_complex_type")(t);
	}

	/** Whether `t1` can be assigned to `t2`. **/
	public static function unify(t1:Type, t2:Type):Bool {
		return api("unify")(t1, t2);
	}

	/** Expands typedefs and bound monomorphs of `t`; only one level with `once`. **/
	public static function follow(t:Type, ?once:Bool):Type {
		return api("follow")(t, once);
	}

	/** Like `follow`, also looking through abstracts. **/
	public static function followWithAbstracts(t:Type, once:Bool = false):Type {
		return api("follow_with_abstracts")(t, once);
	}

	/** The file and offsets of `p`. **/
	public static function getPosInfos(p:Position):{min:Int, max:Int, file:String} {
		return api("get_pos_infos")(p);
	}

	/** A position from a file and offsets. **/
	public static function makePosition(inf:{min:Int, max:Int, file:String}):Position {
		return api("make_position")(inf.min, inf.max, inf.file);
	}

	/** The resources embedded so far, by name. **/
	public static function getResources():Map<String, haxe.io.Bytes> {
		return api("get_resources")();
	}

	/** Embeds `data` as resource `name`. **/
	public static function addResource(name:String, data:haxe.io.Bytes):Void {
		api("add_resource")(name, data);
	}

	/** Inside a `@:build` macro, the fields of the type being built. **/
	public static function getBuildFields():Array<Field> {
		return api("get_build_fields")();
	}

	/** Adds the type `t`, optionally tying it to module `moduleDependency`. **/
	public static function defineType(t:TypeDefinition, ?moduleDependency:String):Void {
		api("define_type")(t, moduleDependency);
	}

	/** Adds a whole module made of `types`, with its imports and usings. **/
	public static function defineModule(modulePath:String, types:Array<TypeDefinition>, ?imports:Array<ImportExpr>, ?usings:Array<TypePath>):Void {
		api("define_module")(modulePath, types, imports, usings);
	}

	/** Turns a typed expression back into syntax. **/
	public static function getTypedExpr(t:Type.TypedExpr):Expr {
		return api("get_typed_expr")(t);
	}

	/** Wraps a typed expression so it can be embedded in syntax without retyping. **/
	public static function storeTypedExpr(t:Type.TypedExpr):Expr {
		return api("store_typed_expr")(t);
	}

	/** Types `e` now and wraps the result like `storeTypedExpr`. **/
	public static function storeExpr(e:Expr):Expr {
		return api("store_expr")(e);
	}

	/** Makes module `modulePath` depend on `externFile` for cache invalidation. **/
	public static function registerModuleDependency(modulePath:String, externFile:String):Void {
		api("register_module_dependency")(modulePath, externFile);
	}

	/** Starts timer `id` (shown with `--times`); call the result to stop it. **/
	public static function timer(id:String):() -> Void {
		return api("timer")(id);
	}

	/** No longer supported; throws. **/
	@:deprecated
	public static function registerModuleReuseCall(modulePath:String, macroCall:String):Void {
		throw "Context.registerModuleReuseCall is no longer supported";
	}

	/** No longer supported; throws. **/
	@:deprecated
	public static function onMacroContextReused(callb:Void->Bool):Void {
		throw "Context.onMacroContextReused is no longer supported";
	}

	@:allow(haxe.macro.TypeTools)
	@:allow(haxe.macro.MacroStringTools)
	@:allow(haxe.macro.TypedExprTools)
	@:allow(haxe.macro.PositionTools)
	static function load(f:String, nargs:Int):Dynamic {
		return api(f);
	}

	static function api(name:String):Dynamic {
		#if eval
		return eval.vm.Context.callMacroApi(name);
		#else
		return Reflect.makeVarArgs(function(_) return throw "Context is only available inside macros");
		#end
	}

	private static function includeFile(file:String, position:String):Void {
		api("include_file")(file, position);
	}

	private static function sExpr(e:TypedExpr, pretty:Bool):String {
		return api("s_expr")(e, pretty);
	}
	#end
}
