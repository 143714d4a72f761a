/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

import haxe.macro.Expr;

using Lambda;
using StringTools;

/**
	Writes syntax trees (expressions, types, fields, type definitions) back
	as Haxe source text. Blocks are indented with `tabString`.
**/
class Printer {
	var tabs:String;
	var tabString:String;

	/** Makes a printer indenting with `tabString`. **/
	public function new(?tabString = "\t") {
		tabs = "";
		this.tabString = tabString;
	}

	/** The source form of a unary operator. **/
	public function printUnop(op:Unop):String {
		return switch (op) {
			case OpIncrement: "++";
			case OpDecrement: "--";
			case OpNot: "!";
			case OpNeg: "-";
			case OpNegBits: "~";
			case OpSpread: "...";
		}
	}

	/** The source form of a binary operator. **/
	public function printBinop(op:Binop):String {
		return switch (op) {
			case OpAdd: "+";
			case OpMult: "*";
			case OpDiv: "/";
			case OpSub: "-";
			case OpAssign: "=";
			case OpEq: "==";
			case OpNotEq: "!=";
			case OpGt: ">";
			case OpGte: ">=";
			case OpLt: "<";
			case OpLte: "<=";
			case OpAnd: "&";
			case OpOr: "|";
			case OpXor: "^";
			case OpBoolAnd: "&&";
			case OpBoolOr: "||";
			case OpShl: "<<";
			case OpShr: ">>";
			case OpUShr: ">>>";
			case OpMod: "%";
			case OpInterval: "...";
			case OpArrow: "=>";
			case OpIn: "in";
			case OpAssignOp(inner): printBinop(inner) + "=";
		}
	}

	static function escapeChars(s:String, quote:String):String {
		var out = new StringBuf();
		for (i in 0...s.length) {
			var c = s.charAt(i);
			out.add(switch (c) {
				case "\n": "\\n";
				case "\t": "\\t";
				case "\r": "\\r";
				case "\\": "\\\\";
				case _ if (c == quote): "\\" + c;
				case _: c;
			});
		}
		return out.toString();
	}

	/** `s` as a single-quoted (interpolated) string literal. **/
	public function printFormatString(s:String):String {
		return "'" + escapeChars(s, "'") + "'";
	}

	/** `s` as a double-quoted string literal. **/
	public function printString(s:String):String {
		return '"' + escapeChars(s, '"') + '"';
	}

	/** The source form of a literal or identifier. **/
	public function printConstant(c:Constant):String {
		return switch (c) {
			case CString(s, SingleQuotes): printFormatString(s);
			case CString(s, _): printString(s);
			case CIdent(s) | CInt(s) | CFloat(s): s;
			case CRegexp(r, opt): "~/" + r + "/" + opt;
		}
	}

	/** The source form of a type argument. **/
	public function printTypeParam(param:TypeParam):String {
		return switch (param) {
			case TPType(ct): printComplexType(ct);
			case TPExpr(e): printExpr(e);
		}
	}

	/** The source form of a type reference, with its arguments. **/
	public function printTypePath(tp:TypePath):String {
		var parts = tp.pack.copy();
		parts.push(tp.name);
		if (tp.sub != null)
			parts.push(tp.sub);
		var args = tp.params == null || tp.params.length == 0 ? "" : "<" + tp.params.map(printTypeParam).join(", ") + ">";
		return parts.join(".") + args;
	}

	/** The source form of a syntactic type. **/
	public function printComplexType(ct:ComplexType):String {
		return switch (ct) {
			case TPath(tp): printTypePath(tp);
			case TFunction(args, ret):
				var single = args.length == 1 && !args[0].match(TNamed(_, _) | TOptional(_));
				var argText = args.map(printComplexType).join(", ");
				var retText = switch (ret) {
					case TFunction(_, _): "(" + printComplexType(ret) + ")";
					case _: printComplexType(ret);
				}
				(single ? argText : "(" + argText + ")") + " -> " + retText;
			case TAnonymous(fields): "{ " + [for (f in fields) printField(f) + "; "].join("") + "}";
			case TParent(inner): "(" + printComplexType(inner) + ")";
			case TOptional(inner): "?" + printComplexType(inner);
			case TNamed(n, inner): n + ":" + printComplexType(inner);
			case TExtend(paths, fields):
				"{" + [for (p in paths) "> " + printTypePath(p) + ", "].join("") + [for (f in fields) printField(f) + "; "].join("") + "}";
			case TIntersection(types): types.map(printComplexType).join(" & ");
		}
	}

	/** The source form of a metadata item. **/
	public function printMetadata(meta:MetadataEntry):String {
		var args = meta.params == null || meta.params.length == 0 ? "" : "(" + printExprs(meta.params, ", ") + ")";
		return "@" + meta.name + args;
	}

	/** The keyword of a field modifier. **/
	public function printAccess(access:Access):String {
		return switch (access) {
			case AStatic: "static";
			case APublic: "public";
			case APrivate: "private";
			case AOverride: "override";
			case AInline: "inline";
			case ADynamic: "dynamic";
			case AMacro: "macro";
			case AFinal: "final";
			case AExtern: "extern";
			case AAbstract: "abstract";
			case AOverload: "overload";
		}
	}

	/** The source form of a field declaration. **/
	public function printField(field:Field):String {
		var out = new StringBuf();
		if (field.doc != null && field.doc != "")
			out.add("/**\n" + tabs + tabString + field.doc.trim() + "\n" + tabs + "**/\n" + tabs);
		if (field.meta != null)
			for (m in field.meta)
				out.add(printMetadata(m) + "\n" + tabs);
		var access = field.access == null ? [] : field.access;
		var isFinal = access.has(AFinal);
		for (a in access)
			if (a != AFinal)
				out.add(printAccess(a) + " ");
		switch (field.kind) {
			case FVar(t, e):
				out.add((isFinal ? "final " : "var ") + field.name + opt(t, printComplexType, ":") + opt(e, printExpr, " = "));
			case FProp(get, set, t, e):
				out.add("var " + field.name + "(" + get + ", " + set + ")" + opt(t, printComplexType, ":") + opt(e, printExpr, " = "));
			case FFun(fn):
				out.add((isFinal ? "final " : "") + "function " + field.name + printFunction(fn));
		}
		return out.toString();
	}

	/** The source form of a type parameter declaration. **/
	public function printTypeParamDecl(tpd:TypeParamDecl):String {
		var meta = tpd.meta == null ? "" : [for (m in tpd.meta) printMetadata(m) + " "].join("");
		var params = tpd.params == null || tpd.params.length == 0 ? "" : "<" + tpd.params.map(printTypeParamDecl).join(", ") + ">";
		var constraints = switch (tpd.constraints) {
			case null | []: "";
			case [one]: ":" + printComplexType(one);
			case many: ":(" + many.map(printComplexType).join(", ") + ")";
		}
		return meta + tpd.name + params + constraints;
	}

	/** The source form of a function argument. **/
	public function printFunctionArg(arg:FunctionArg):String {
		var meta = arg.meta == null ? "" : [for (m in arg.meta) printMetadata(m) + " "].join("");
		return meta + (arg.opt ? "?" : "") + arg.name + opt(arg.type, printComplexType, ":") + opt(arg.value, printExpr, " = ");
	}

	/** The source form of a function after its name: parameters, arguments, return type, body. **/
	public function printFunction(func:Function, ?kind:FunctionKind):String {
		var params = func.params == null || func.params.length == 0 ? "" : "<" + func.params.map(printTypeParamDecl).join(", ") + ">";
		var args = func.args.map(printFunctionArg).join(", ");
		if (kind != null && kind.match(FArrow)) {
			var head = func.args.length == 1 && func.args[0].type == null && !func.args[0].opt ? args : "(" + args + ")";
			return head + " -> " + opt(func.expr, printExpr);
		}
		return params + "(" + args + ")" + opt(func.ret, printComplexType, ":") + opt(func.expr, printExpr, " ");
	}

	/** The source form of one declared variable. **/
	public function printVar(v:Var):String {
		var meta = v.meta == null ? "" : [for (m in v.meta) printMetadata(m) + " "].join("");
		return meta + v.name + opt(v.type, printComplexType, ":") + opt(v.expr, printExpr, " = ");
	}

	/** The name of an object literal field, quoted if it was. **/
	public function printObjectFieldKey(of:ObjectField):String {
		return of.quotes == Quoted ? printString(of.field) : of.field;
	}

	/** The source form of an object literal field. **/
	public function printObjectField(of:ObjectField):String {
		return printObjectFieldKey(of) + " : " + printExpr(of.expr);
	}

	function indented(body:() -> String):String {
		var saved = tabs;
		tabs += tabString;
		var text = body();
		tabs = saved;
		return text;
	}

	/** The source form of an expression; `#NULL` for `null`. **/
	public function printExpr(e:Expr):String {
		if (e == null)
			return "#NULL";
		return switch (e.expr) {
			case EConst(c): printConstant(c);
			case EArray(a, b): printExpr(a) + "[" + printExpr(b) + "]";
			case EBinop(op, a, b): printExpr(a) + " " + printBinop(op) + " " + printExpr(b);
			case EField(x, name): printExpr(x) + "." + name;
			case EParenthesis(x): "(" + printExpr(x) + ")";
			case EObjectDecl(fields): "{ " + fields.map(printObjectField).join(", ") + " }";
			case EArrayDecl(items): "[" + printExprs(items, ", ") + "]";
			case ECall(callee, args): printExpr(callee) + "(" + printExprs(args, ", ") + ")";
			case ENew(tp, args): "new " + printTypePath(tp) + "(" + printExprs(args, ", ") + ")";
			case EUnop(op, true, x): printExpr(x) + printUnop(op);
			case EUnop(op, false, x): printUnop(op) + printExpr(x);
			case EFunction(FNamed(name, inlined), fn): (inlined ? "inline " : "") + "function " + name + printFunction(fn);
			case EFunction(kind, fn): (kind != null && kind.match(FArrow) ? "" : "function") + printFunction(fn, kind);
			case EVars(vars):
				var isFinal = vars.length > 0 && vars[0].isFinal == true;
				(isFinal ? "final " : "var ") + vars.map(printVar).join(", ");
			case EBlock([]): "{ }";
			case EBlock(items):
				var inner = indented(() -> [for (item in items) tabs + printExpr(item) + ";\n"].join(""));
				"{\n" + inner + tabs + "}";
			case EFor(it, body): "for (" + printExpr(it) + ") " + printExpr(body);
			case EIf(c, a, null): "if (" + printExpr(c) + ") " + printExpr(a);
			case EIf(c, a, b): "if (" + printExpr(c) + ") " + printExpr(a) + " else " + printExpr(b);
			case EWhile(c, body, true): "while (" + printExpr(c) + ") " + printExpr(body);
			case EWhile(c, body, false): "do " + printExpr(body) + " while (" + printExpr(c) + ")";
			case ESwitch(subject, cases, fallback):
				var inner = indented(function() {
					var lines = [];
					for (c in cases) {
						var guard = c.guard == null ? "" : " if (" + printExpr(c.guard) + ")";
						var body = c.expr == null ? "" : indented(() -> "\n" + tabs + printExpr(c.expr) + ";");
						lines.push(tabs + "case " + printExprs(c.values, ", ") + guard + ":" + body + "\n");
					}
					if (fallback != null) {
						var body = indented(() -> "\n" + tabs + printExpr(fallback) + ";");
						lines.push(tabs + "default:" + body + "\n");
					}
					return lines.join("");
				});
				"switch " + printExpr(subject) + " {\n" + inner + tabs + "}";
			case ETry(body, catches):
				"try " + printExpr(body) + [
					for (c in catches)
						" catch(" + c.name + opt(c.type, printComplexType, ":") + ") " + printExpr(c.expr)
				].join("");
			case EReturn(null): "return";
			case EReturn(x): "return " + printExpr(x);
			case EBreak: "break";
			case EContinue: "continue";
			case EUntyped(x): "untyped " + printExpr(x);
			case EThrow(x): "throw " + printExpr(x);
			case ECast(x, null): "cast " + printExpr(x);
			case ECast(x, t): "cast(" + printExpr(x) + ", " + printComplexType(t) + ")";
			case EIs(x, t): printExpr(x) + " is " + printComplexType(t);
			case EDisplay(x, _): "#DISPLAY(" + printExpr(x) + ")";
			case EDisplayNew(tp): "#DISPLAY(" + printTypePath(tp) + ")";
			case ETernary(c, a, b): printExpr(c) + " ? " + printExpr(a) + " : " + printExpr(b);
			case ECheckType(x, t): "(" + printExpr(x) + " : " + printComplexType(t) + ")";
			case EMeta(m, x): printMetadata(m) + " " + printExpr(x);
		}
	}

	/** The expressions printed and joined with `sep`. **/
	public function printExprs(el:Array<Expr>, sep:String):String {
		return el.map(printExpr).join(sep);
	}

	function printFields(fields:Array<Field>, terminator:String):String {
		return indented(() -> [for (f in fields) tabs + printField(f) + terminator + "\n"].join(""));
	}

	/**
		The source form of a whole type declaration, preceded by its `package`
		statement when `printPackage` is set.
	**/
	public function printTypeDefinition(t:TypeDefinition, printPackage = true):String {
		if (t == null)
			return "#NULL";
		var out = new StringBuf();
		if (printPackage && t.pack.length > 0 && t.pack[0] != "")
			out.add("package " + t.pack.join(".") + ";\n");
		if (t.doc != null && t.doc != "")
			out.add("/**\n" + tabString + t.doc.trim() + "\n**/\n");
		if (t.meta != null)
			for (m in t.meta)
				out.add(printMetadata(m) + " ");
		var params = t.params == null || t.params.length == 0 ? "" : "<" + t.params.map(printTypeParamDecl).join(", ") + ">";
		var ext = t.isExtern == true ? "extern " : "";
		switch (t.kind) {
			case TDEnum:
				out.add(ext + "enum " + t.name + params + " {\n");
				out.add(indented(function() {
					var lines = [];
					for (f in t.fields) {
						var line = tabs + (f.meta == null ? "" : [for (m in f.meta) printMetadata(m) + " "].join("")) + f.name;
						switch (f.kind) {
							case FFun(fn): line += printFunction({args: fn.args, ret: fn.ret, params: fn.params, expr: null});
							case FVar(ct, _) if (ct != null): line += ":" + printComplexType(ct);
							case _:
						}
						lines.push(line + ";\n");
					}
					return lines.join("");
				}));
				out.add("}");
			case TDStructure:
				out.add("typedef " + t.name + params + " = {\n" + printFields(t.fields, ";") + "}");
			case TDClass(superClass, interfaces, isInterface, isFinal, isAbstract):
				out.add(ext + (isFinal == true ? "final " : "") + (isAbstract == true ? "abstract " : "") + (isInterface == true ? "interface " : "class ")
					+ t.name + params);
				if (superClass != null)
					out.add(" extends " + printTypePath(superClass));
				if (interfaces != null)
					for (i in interfaces)
						out.add((isInterface == true ? " extends " : " implements ") + printTypePath(i));
				out.add(" {\n" + printFields(t.fields, "") + "}");
			case TDAlias(ct):
				out.add("typedef " + t.name + params + " = " + printComplexType(ct) + ";");
			case TDAbstract(tthis, from, to):
				out.add(ext + "abstract " + t.name + params + (tthis == null ? "" : "(" + printComplexType(tthis) + ")"));
				if (from != null)
					for (f in from)
						out.add(" from " + printComplexType(f));
				if (to != null)
					for (f in to)
						out.add(" to " + printComplexType(f));
				out.add(" {\n" + printFields(t.fields, "") + "}");
			case TDField(kind, access):
				out.add(printField({name: t.name, access: access, kind: kind, pos: t.pos, meta: null, doc: null}));
		}
		return out.toString();
	}

	/**
		The expression as a tree, one node per line, each labelled with its
		constructor and source position; useful when debugging macros.
	**/
	public function printExprWithPositions(e:Expr):String {
		var out = new StringBuf();
		function visit(x:Expr, depth:Int) {
			var where = #if macro haxe.macro.Context.getPosInfos(x.pos) #else x.pos #end;
			var label = std.Type.enumConstructor(x.expr);
			for (_ in 0...depth)
				out.add(tabString);
			out.add(label + " " + where.min + "-" + where.max + "\n");
			ExprTools.iter(x, sub -> visit(sub, depth + 1));
		}
		visit(e, 0);
		return out.toString();
	}

	function opt<T>(v:Null<T>, f:T->String, prefix = ""):String {
		return v == null ? "" : prefix + f(v);
	}
}
