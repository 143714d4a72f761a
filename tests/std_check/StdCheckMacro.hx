// A macro used by StdCheck.hx. It runs in haxe's macro interpreter while
// StdCheck is type-checked, so it needs std/'s haxe.macro modules and the eval
// overrides in std/eval/; it imports only what macros commonly use.

#if macro
import eval.vm.Context as EvalContext;
#end
import haxe.NativeStackTrace;
import haxe.macro.Context;
import haxe.macro.Expr;
import haxe.macro.Type as MacroType;

class StdCheckMacro {
	/** Adds to `e` a number derived from its type; exercises the macro API. **/
	macro public static function answer(e:Expr):ExprOf<Int> {
		var pos:Position = Context.currentPos();
		var t:MacroType = Context.typeof(e);
		var kind = switch (t) {
			case TAbstract(a, _): a.get().name;
			case _: "other";
		}
		var built:Expr = {expr: EBinop(OpAdd, e, macro $v{kind.length - 1}), pos: pos};
		var field:Field = {name: "f", pos: pos, kind: FVar(macro :Int)};
		var ct:ComplexType = TPath({pack: [], name: "Int"});
		var api:Dynamic = EvalContext;
		var message:Message = Info("m", pos);
		var error:haxe.macro.Expr.Error = null;
		var infos = Context.getPosInfos(pos);
		var trace:NativeStackTrace = null;
		if (Context.defined("never.defined"))
			Context.warning(infos.file + field.name + ct + api + message + error + trace, pos);
		return built;
	}
}
