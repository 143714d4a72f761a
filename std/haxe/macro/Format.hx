/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

import haxe.macro.Expr;
import haxe.macro.Context;

/**
	Expands interpolated strings in macros: the same rules as single-quoted
	string literals, `$name` and `${expression}`, with `$$` for a dollar
	sign.
**/
class Format {
	#if (macro || display)
	/**
		The concatenation expression, typed as `String`, that the constant
		string `estr` stands for once its `$` parts are expanded. Positions
		of the parts point into the original literal.
	**/
	public static function format(estr:Expr) {
		var str = switch (estr.expr) {
			case EConst(CString(s, _)): s;
			case _: null;
		}
		if (str == null)
			Context.error("Constant string required", estr.pos);
		var infos = Context.getPosInfos(estr.pos);
		// Offset of str[0] in the file (just after the opening quote).
		var base = infos.min + 1;
		function at(from:Int, len:Int):Position
			return Context.makePosition({min: base + from, max: base + from + len, file: infos.file});
		var parts:Array<Expr> = [];
		var text = new StringBuf();
		var textFrom = 0;
		function flushText(upto:Int) {
			var t = text.toString();
			if (t.length > 0 || parts.length == 0 && upto > textFrom)
				parts.push({expr: EConst(CString(t)), pos: at(textFrom, upto - textFrom)});
			text = new StringBuf();
		}
		var i = 0;
		while (i < str.length) {
			var c = str.charCodeAt(i);
			if (c != "$".code || i + 1 >= str.length) {
				text.addChar(c);
				i++;
				continue;
			}
			var next = str.charCodeAt(i + 1);
			if (next == "$".code) {
				text.add("$");
				i += 2;
			} else if (next == "{".code) {
				var depth = 1;
				var j = i + 2;
				while (j < str.length && depth > 0) {
					var d = str.charCodeAt(j);
					if (d == "{".code)
						depth++;
					else if (d == "}".code)
						depth--;
					j++;
				}
				if (depth > 0)
					Context.error("Closing brace not found", at(i, 1));
				flushText(i);
				var inner = str.substring(i + 2, j - 1);
				parts.push(Context.parseInlineString(inner, at(i + 2, inner.length)));
				i = j;
				textFrom = i;
			} else if ((next >= "a".code && next <= "z".code) || (next >= "A".code && next <= "Z".code) || next == "_".code) {
				var j = i + 2;
				while (j < str.length) {
					var d = str.charCodeAt(j);
					if (!((d >= "a".code && d <= "z".code) || (d >= "A".code && d <= "Z".code) || (d >= "0".code && d <= "9".code) || d == "_".code))
						break;
					j++;
				}
				flushText(i);
				parts.push({expr: EConst(CIdent(str.substring(i + 1, j))), pos: at(i + 1, j - i - 1)});
				i = j;
				textFrom = i;
			} else {
				text.add("$");
				i++;
			}
		}
		flushText(str.length);
		var result:Expr = parts.length == 0 ? {expr: EConst(CString("")), pos: at(0, 0)} : parts[0];
		for (k in 1...parts.length)
			result = {expr: EBinop(OpAdd, result, parts[k]), pos: Context.makePosition({min: infos.min, max: infos.max, file: infos.file})};
		return {expr: ECheckType(result, TPath({pack: [], name: "String", params: []})), pos: result.pos};
	}
	#end
}
