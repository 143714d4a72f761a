/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

import haxe.macro.Expr;
import haxe.macro.Type;

using Lambda;

/**
	Helpers on compiler types, meant for `using haxe.macro.TypeTools`.
**/
class TypeTools {
	static function nullable(complexType:ComplexType):ComplexType
		return TPath({pack: [], name: "Null", params: [TPType(complexType)]});

	static function accessName(va:VarAccess, accessor:String):String {
		return switch (va) {
			case AccNormal | AccCtor | AccInline | AccRequire(_, _): "default";
			case AccNo: "null";
			case AccNever: "never";
			case AccCall: accessor;
			case AccResolve: throw "Invalid TAnonymous";
		}
	}

	static function toField(cf:ClassField):Field {
		if (cf.params.length > 0)
			throw "Invalid TAnonymous";
		var access = [cf.isPublic ? APublic : APrivate];
		if (cf.meta.has(":final"))
			access.push(AFinal);
		var kind = switch [cf.kind, cf.type] {
			case [FVar(read, write), t]:
				FProp(accessName(read, "get"), accessName(write, "set"), toComplexType(t), null);
			case [FMethod(_), TFun(args, ret)]:
				FFun({
					args: [for (a in args) {name: a.name, opt: a.opt, type: toComplexType(a.t)}],
					ret: toComplexType(ret),
					expr: null
				});
			case _:
				throw "Invalid TAnonymous";
		}
		return {
			name: cf.name,
			doc: cf.doc,
			access: access,
			kind: kind,
			pos: cf.pos,
			meta: cf.meta.get()
		};
	}

	/**
		The syntactic form of `type`; `null` for types that have none, such
		as unbound monomorphs.
	**/
	public static function toComplexType(type:Null<Type>):Null<ComplexType> {
		#if macro
		return Context.toComplexType(type);
		#else
		return switch (type) {
			case null: null;
			case TMono(ref):
				var bound = ref.get();
				bound == null ? null : toComplexType(bound);
			case TEnum(ref, params): TPath(toTypePath(ref.get(), params));
			case TInst(ref, params):
				var c = ref.get();
				switch (c.kind) {
					case KTypeParameter(_): TPath({pack: [], name: c.name});
					case _: TPath(toTypePath(c, params));
				}
			case TType(ref, params): TPath(toTypePath(ref.get(), params));
			case TAbstract(ref, params): TPath(toTypePath(ref.get(), params));
			case TFun(args, ret):
				TFunction([for (a in args) a.opt ? nullable(toComplexType(a.t)) : toComplexType(a.t)], toComplexType(ret));
			case TAnonymous(ref): TAnonymous([for (f in ref.get().fields) toField(f)]);
			case TDynamic(null): TPath({pack: [], name: "Dynamic"});
			case TDynamic(t): TPath({pack: [], name: "Dynamic", params: [TPType(toComplexType(t))]});
			case TLazy(f): toComplexType(f());
		}
		#end
	}

	static function toTypeParam(type:Type):TypeParam {
		return switch (type) {
			case TInst(_.get() => {kind: KExpr(e)}, _): TPExpr(e);
			case _: TPType(toComplexType(type));
		}
	}

	static function toTypePath(baseType:BaseType, params:Array<Type>):TypePath {
		var module = baseType.module;
		return {
			pack: baseType.pack,
			name: module.substr(module.lastIndexOf(".") + 1),
			sub: baseType.name,
			params: [for (p in params) toTypeParam(p)]
		};
	}

	#if (macro || display)
	/** Expands typedefs and bound monomorphs of `t`; one level only with `once`. **/
	static public inline function follow(t:Type, ?once:Bool):Type
		return Context.follow(t, once);

	/** Like `follow`, also looking through abstracts that are not core types. **/
	static public inline function followWithAbstracts(t:Type, once:Bool = false):Type
		return Context.followWithAbstracts(t, once);

	/** Whether `t1` can be assigned to `t2`. **/
	static public inline function unify(t1:Type, t2:Type):Bool
		return Context.unify(t1, t2);

	/** The class behind `t`; throws when `t` is not a class instance. **/
	static public function getClass(t:Type):ClassType {
		if (t == null)
			return null;
		return switch (follow(t)) {
			case TInst(c, _): c.get();
			case _: throw "Class instance expected";
		}
	}

	/** The enum behind `t`; throws when `t` is not an enum type. **/
	static public function getEnum(t:Type):EnumType {
		if (t == null)
			return null;
		return switch (follow(t)) {
			case TEnum(e, _): e.get();
			case _: throw "Enum instance expected";
		}
	}

	/**
		`t` with each of `typeParameters` replaced by the type at the same
		index of `concreteTypes`; both arrays must have the same length.
	**/
	static public function applyTypeParameters(t:Type, typeParameters:Array<TypeParameter>, concreteTypes:Array<Type>):Type {
		if (typeParameters.length != concreteTypes.length)
			throw 'Incompatible arguments: ${typeParameters.length} type parameters and ${concreteTypes.length} concrete types';
		if (typeParameters.length == 0)
			return t;
		return Context.load("apply_params", 3)(typeParameters, concreteTypes, t);
	}

	/** `t` with `f` applied to each of its direct components. **/
	static public function map(t:Type, f:Type->Type):Type {
		return switch (t) {
			case TMono(ref):
				var bound = ref.get();
				bound == null ? t : f(bound);
			case TEnum(e, params): params.length == 0 ? t : TEnum(e, params.map(f));
			case TInst(c, params): params.length == 0 ? t : TInst(c, params.map(f));
			case TType(d, params): params.length == 0 ? t : TType(d, params.map(f));
			case TAbstract(a, params): TAbstract(a, params.map(f));
			case TFun(args, ret): TFun([for (a in args) {name: a.name, opt: a.opt, t: f(a.t)}], f(ret));
			case TAnonymous(an): TAnonymous(Context.load("map_anon_ref", 2)(an, f));
			case TDynamic(inner): inner == null || inner == t ? t : TDynamic(f(inner));
			case TLazy(lazy):
				var forced = lazy();
				var mapped = f(forced);
				forced == mapped ? t : mapped;
		}
	}

	/** Calls `f` on each direct component of `t`. **/
	static public function iter(t:Type, f:Type->Void):Void {
		switch (t) {
			case TMono(ref):
				var bound = ref.get();
				if (bound != null)
					f(bound);
			case TEnum(_, params) | TInst(_, params) | TType(_, params) | TAbstract(_, params):
				for (p in params)
					f(p);
			case TDynamic(inner):
				if (inner != null && inner != t)
					f(inner);
			case TLazy(lazy):
				f(lazy());
			case TAnonymous(an):
				for (field in an.get().fields)
					f(field.type);
			case TFun(args, ret):
				for (a in args)
					f(a.t);
				f(ret);
		}
	}

	/** `t` written as the compiler prints types. **/
	static public function toString(t:Type):String {
		#if (neko || eval)
		return Context.load("s_type", 1)(t);
		#else
		return null;
		#end
	}
	#end

	/**
		The field `name` of class `c` (static with `isStatic`), looked up
		in the parent classes too; `null` if absent.
	**/
	static public function findField(c:ClassType, name:String, isStatic:Bool = false):Null<ClassField> {
		var own = (isStatic ? c.statics : c.fields).get().find(f -> f.name == name);
		if (own != null)
			return own;
		return c.superClass == null ? null : findField(c.superClass.t.get(), name, isStatic);
	}
}
