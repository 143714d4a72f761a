/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

import haxe.macro.Type;

/**
	Helpers on typed expressions, meant for `using haxe.macro.TypedExprTools`.
**/
class TypedExprTools {
	static function with(e:TypedExpr, ?edef:TypedExprDef, ?t:Type):TypedExpr {
		return {expr: edef == null ? e.expr : edef, pos: e.pos, t: t == null ? e.t : t};
	}

	/** A copy of `e` with `f` applied to each direct sub-expression. **/
	static public function map(e:TypedExpr, f:TypedExpr->TypedExpr):TypedExpr {
		return mapWithType(e, f, t -> t, v -> v);
	}

	/** Calls `f` on each direct sub-expression of `e`. **/
	static public function iter(e:TypedExpr, f:TypedExpr->Void):Void {
		map(e, function(sub) {
			f(sub);
			return sub;
		});
	}

	/**
		Like `map`, also transforming the type of each node with `ft` and each
		declared variable with `fv`.
	**/
	static public function mapWithType(e:TypedExpr, f:TypedExpr->TypedExpr, ft:Type->Type, fv:TVar->TVar):TypedExpr {
		inline function opt(x:Null<TypedExpr>):Null<TypedExpr>
			return x == null ? null : f(x);
		var def:TypedExprDef = switch (e.expr) {
			case TConst(_) | TBreak | TContinue | TTypeExpr(_) | TIdent(_): e.expr;
			case TLocal(v): TLocal(fv(v));
			case TArray(a, b): TArray(f(a), f(b));
			case TBinop(op, a, b): TBinop(op, f(a), f(b));
			case TFor(v, it, body): TFor(fv(v), f(it), f(body));
			case TWhile(c, body, normal): TWhile(f(c), f(body), normal);
			case TThrow(x): TThrow(f(x));
			case TEnumParameter(x, ef, i): TEnumParameter(f(x), ef, i);
			case TEnumIndex(x): TEnumIndex(f(x));
			case TField(x, fa): TField(f(x), fa);
			case TParenthesis(x): TParenthesis(f(x));
			case TUnop(op, postFix, x): TUnop(op, postFix, f(x));
			case TArrayDecl(items): TArrayDecl(items.map(f));
			case TNew(c, params, args): TNew(c, params, args.map(f));
			case TBlock(items): TBlock(items.map(f));
			case TObjectDecl(fields): TObjectDecl([for (fd in fields) {name: fd.name, expr: f(fd.expr)}]);
			case TCall(callee, args): TCall(f(callee), args.map(f));
			case TVar(v, init): TVar(fv(v), opt(init));
			case TFunction(fn): TFunction({t: ft(fn.t), args: [for (a in fn.args) {v: fv(a.v), value: a.value}], expr: f(fn.expr)});
			case TIf(c, a, b): TIf(f(c), f(a), opt(b));
			case TSwitch(subject, cases, fallback): TSwitch(f(subject), [for (c in cases) {values: c.values.map(f), expr: f(c.expr)}], opt(fallback));
			case TTry(body, catches): TTry(f(body), [for (c in catches) {v: fv(c.v), expr: f(c.expr)}]);
			case TReturn(x): TReturn(opt(x));
			case TCast(x, m): TCast(f(x), m);
			case TMeta(m, x): TMeta(m, f(x));
		}
		return with(e, def, ft(e.t));
	}

	#if (macro || display)
	/** The typed expression printed by the compiler, indented with `pretty`. **/
	static public function toString(t:TypedExpr, ?pretty:Bool = false):String {
		return @:privateAccess haxe.macro.Context.sExpr(t, pretty);
	}
	#end
}
