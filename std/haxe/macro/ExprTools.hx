/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

import haxe.macro.Expr;

using haxe.macro.ExprTools.ExprArrayTools;

/**
	Helpers on syntax trees, meant for `using haxe.macro.ExprTools`: printing,
	visiting and rewriting expressions, and evaluating constant ones.
**/
class ExprTools {
	/** The expression written back as Haxe source. **/
	static public function toString(e:Expr):String
		return new Printer().printExpr(e);

	/**
		Calls `f` on each direct sub-expression of `e` (not on `e` itself,
		and not deeper: `f` decides whether to recurse).
	**/
	static public function iter(e:Expr, f:Expr->Void):Void {
		switch (e.expr) {
			case EConst(_) | EContinue | EBreak | EDisplayNew(_):
			case EField(x, _) | EParenthesis(x) | EUntyped(x) | EThrow(x) | EDisplay(x, _) | ECheckType(x, _) | EUnop(_, _, x) | ECast(x, _)
				| EIs(x, _) | EMeta(_, x):
				f(x);
			case EArray(a, b) | EWhile(a, b, _) | EBinop(_, a, b) | EFor(a, b):
				f(a);
				f(b);
			case EVars(vars):
				for (v in vars)
					optIter(v.expr, f);
			case ETry(body, catches):
				f(body);
				for (c in catches)
					f(c.expr);
			case ETernary(c, a, b):
				f(c);
				f(a);
				f(b);
			case EArrayDecl(items) | ENew(_, items) | EBlock(items):
				items.iter(f);
			case EObjectDecl(fields):
				for (fd in fields)
					f(fd.expr);
			case ECall(callee, args):
				f(callee);
				args.iter(f);
			case EReturn(value):
				optIter(value, f);
			case EFunction(_, fn):
				for (a in fn.args)
					optIter(a.value, f);
				optIter(fn.expr, f);
			case ESwitch(subject, cases, fallback):
				f(subject);
				for (c in cases) {
					c.values.iter(f);
					optIter(c.guard, f);
					optIter(c.expr, f);
				}
				optIter(fallback, f);
			case EIf(c, a, b):
				f(c);
				f(a);
				optIter(b, f);
		}
	}

	/**
		A copy of `e` whose direct sub-expressions are replaced by what `f`
		returns for them; `f` decides whether to recurse. Positions are kept.
	**/
	static public function map(e:Expr, f:Expr->Expr):Expr {
		var def:ExprDef = switch (e.expr) {
			case EConst(_) | EBreak | EContinue | EDisplayNew(_): e.expr;
			case EArray(a, b): EArray(f(a), f(b));
			case EBinop(op, a, b): EBinop(op, f(a), f(b));
			case EField(x, name): EField(f(x), name);
			case EParenthesis(x): EParenthesis(f(x));
			case EObjectDecl(fields): EObjectDecl([for (fd in fields) {field: fd.field, expr: f(fd.expr), quotes: fd.quotes}]);
			case EArrayDecl(items): EArrayDecl(items.map(f));
			case ECall(callee, args): ECall(f(callee), args.map(f));
			case ENew(t, args): ENew(t, args.map(f));
			case EUnop(op, postFix, x): EUnop(op, postFix, f(x));
			case EVars(vars):
				EVars([
					for (v in vars)
						{
							name: v.name,
							type: v.type,
							expr: optMap(v.expr, f),
							isFinal: v.isFinal,
							meta: v.meta
						}
				]);
			case EFunction(kind, fn):
				EFunction(kind, {
					args: [
						for (a in fn.args)
							{
								name: a.name,
								opt: a.opt,
								type: a.type,
								value: optMap(a.value, f),
								meta: a.meta
							}
					],
					ret: fn.ret,
					params: fn.params,
					expr: optMap(fn.expr, f)
				});
			case EBlock(items): EBlock(items.map(f));
			case EFor(it, body): EFor(f(it), f(body));
			case EIf(c, a, b): EIf(f(c), f(a), optMap(b, f));
			case EWhile(c, body, normal): EWhile(f(c), f(body), normal);
			case ESwitch(subject, cases, fallback):
				ESwitch(f(subject), [
					for (c in cases)
						{values: c.values.map(f), guard: optMap(c.guard, f), expr: optMap(c.expr, f)}
				], optMap(fallback, f));
			case ETry(body, catches): ETry(f(body), [for (c in catches) {name: c.name, type: c.type, expr: f(c.expr)}]);
			case EReturn(value): EReturn(optMap(value, f));
			case EUntyped(x): EUntyped(f(x));
			case EThrow(x): EThrow(f(x));
			case ECast(x, t): ECast(f(x), t);
			case EIs(x, t): EIs(f(x), t);
			case EDisplay(x, kind): EDisplay(f(x), kind);
			case ETernary(c, a, b): ETernary(f(c), f(a), f(b));
			case ECheckType(x, t): ECheckType(f(x), t);
			case EMeta(m, x): EMeta(m, f(x));
		}
		return {expr: def, pos: e.pos};
	}

	/**
		The value of a constant expression: literals, object and array
		literals, parentheses, and arithmetic, comparison, logical and bitwise
		operators over those. Throws on anything else.
	**/
	static public function getValue(e:Expr):Dynamic {
		switch (e.expr) {
			case EConst(CInt(v)):
				return Std.parseInt(v);
			case EConst(CFloat(v)):
				return Std.parseFloat(v);
			case EConst(CString(s, _)):
				return s;
			case EConst(CIdent(name)) if (name == "true" || name == "false" || name == "null"):
				return name == "null" ? null : name == "true";
			case EParenthesis(x) | EUntyped(x) | EMeta(_, x):
				return getValue(x);
			case EObjectDecl(fields):
				var obj = {};
				for (fd in fields)
					Reflect.setField(obj, fd.field, getValue(fd.expr));
				return obj;
			case EArrayDecl(items):
				return [for (item in items) getValue(item)];
			case EIf(c, a, b) | ETernary(c, a, b):
				if (b == null)
					throw "If statements only have a value if the else clause is defined";
				var cond:Bool = getValue(c);
				return cond ? getValue(a) : getValue(b);
			case EUnop(op, false, x):
				var v:Dynamic = getValue(x);
				return switch (op) {
					case OpNot: !v;
					case OpNeg: -v;
					case OpNegBits: ~v;
					case _: throw 'Unsupported expression: $e';
				}
			case EBinop(op, x, y):
				var a:Dynamic = getValue(x);
				var b:Dynamic = getValue(y);
				return switch (op) {
					case OpAdd: a + b;
					case OpSub: a - b;
					case OpMult: a * b;
					case OpDiv: a / b;
					case OpMod: a % b;
					case OpEq: a == b;
					case OpNotEq: a != b;
					case OpLt: a < b;
					case OpLte: a <= b;
					case OpGt: a > b;
					case OpGte: a >= b;
					case OpOr: a | b;
					case OpAnd: a & b;
					case OpXor: a ^ b;
					case OpBoolAnd: a && b;
					case OpBoolOr: a || b;
					case OpShl: a << b;
					case OpShr: a >> b;
					case OpUShr: a >>> b;
					case _: throw 'Unsupported expression: $e';
				}
			case _:
				throw 'Unsupported expression: $e';
		}
	}

	static inline function optMap(e:Null<Expr>, f:Expr->Expr):Expr
		return e == null ? null : f(e);

	static inline function optIter(e:Null<Expr>, f:Expr->Void):Void
		if (e != null)
			f(e);
}

/**
	`map` and `iter` for arrays of expressions, so that they can be used
	alongside `ExprTools`.
**/
class ExprArrayTools {
	/** The expressions transformed by `f`, in order. **/
	static public function map(el:Array<Expr>, f:Expr->Expr):Array<Expr> {
		return [for (e in el) f(e)];
	}

	/** Calls `f` on each expression, in order. **/
	static public function iter(el:Array<Expr>, f:Expr->Void):Void {
		for (e in el)
			f(e);
	}
}
