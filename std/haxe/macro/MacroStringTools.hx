/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

import haxe.macro.Expr;

/**
	String helpers for macros, meant for `using haxe.macro.MacroStringTools`.
**/
class MacroStringTools {
	#if (macro || display)
	/**
		Turns `s` into the expression an interpolated single-quoted string
		would produce, positioned at `pos`.
	**/
	static public function formatString(s:String, pos:Position):Expr {
		return Context.load("format_string", 2)(s, pos);
	}

	/**
		Whether `e` is a string literal that will be interpolated (written in
		single quotes).
	**/
	static public function isFormatExpr(e:ExprOf<String>):Bool {
		return switch (e.expr) {
			case EConst(CString(_, SingleQuotes)): true;
			case _: false;
		}
	}
	#end

	/**
		The field access chain `a.b.c` for `["a", "b", "c"]`; `null` for no
		element. Without `pos`, the positions are those of the current macro
		call.
	**/
	static public function toFieldExpr(sl:Array<String>, ?pos:Position):Expr {
		var result:Expr = null;
		for (part in sl) {
			var p = pos;
			#if macro
			if (p == null)
				p = Context.currentPos();
			#end
			result = result == null ? {expr: EConst(CIdent(part)), pos: p} : {expr: EField(result, part), pos: p};
		}
		return result;
	}

	/** `pack` and `name` joined with dots. **/
	static public function toDotPath(pack:Array<String>, name:String):String {
		return pack.length == 0 ? name : pack.join(".") + "." + name;
	}

	/** The syntactic type for the dotted path `path`. **/
	static public function toComplex(path:String):ComplexType {
		var parts = path.split(".");
		var name = parts.pop();
		return TPath({pack: parts, name: name, params: []});
	}
}
