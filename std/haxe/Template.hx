/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

private enum Node {
	Text(s:String);
	Value(e:Void->Dynamic);
	If(cond:Void->Dynamic, then:Array<Node>, otherwise:Array<Node>);
	Each(items:Void->Dynamic, body:Array<Node>);
	Call(name:String, args:Array<String>);
}

/**
	A small text template language: `::expr::` inserts a value, and
	`::if expr::`, `::elseif expr::`, `::else::`, `::foreach expr::` and
	`::end::` control output. Expressions use names (looked up in the
	current item, the enclosing contexts, then `globals`), dotted field
	access, number and double-quoted string constants, parentheses, `!`,
	arithmetic, comparisons, `&&` and `||`. Inside `foreach`,
	`__current__` is the current item. `$$name(a, b)` calls the function
	`name` of the `macros` object with a resolver and the arguments: each
	argument is rendered as a template, except that an argument consisting of
	one `::name::` passes the value itself.
**/
class Template {
	/** Values visible to every template, looked up after the context. **/
	public static var globals:Dynamic = {};

	var nodes:Array<Node>;
	var context:Dynamic;
	var macros:Dynamic;
	var stack:Array<Dynamic>;
	var buf:StringBuf;

	/** Parses the template text `str`; throws on syntax errors. **/
	public function new(str:String) {
		var pieces = split(str);
		var at = 0;
		function block(closers:Array<String>):Array<Node> {
			var out = [];
			while (at < pieces.length) {
				var p = pieces[at];
				if (!p.directive) {
					at++;
					pushText(out, p.text);
					continue;
				}
				var d = StringTools.trim(p.text);
				var word = d.split(" ")[0];
				if (closers.indexOf(word) >= 0)
					return out;
				at++;
				if (word == "if") {
					out.push(readIf(d.substr(2), block));
				} else if (word == "foreach") {
					var items = compile(d.substr(7));
					var body = block(["end"]);
					expectEnd(pieces, at);
					at++;
					out.push(Each(items, body));
				} else if (word == "end" || word == "else" || word == "elseif")
					throw "Unexpected ::" + d + "::";
				else
					out.push(Value(compile(d)));
			}
			if (closers.length > 0)
				throw "Missing ::end::";
			return out;
		}
		readIfState = {pieces: pieces, at: () -> at, advance: () -> at++};
		nodes = block([]);
	}

	var readIfState:{pieces:Array<{directive:Bool, text:String}>, at:Void->Int, advance:Void->Int};

	function readIf(condText:String, block:Array<String>->Array<Node>):Node {
		var cond = compile(condText);
		var then = block(["elseif", "else", "end"]);
		var st = readIfState;
		if (st.at() >= st.pieces.length)
			throw "Missing ::end::";
		var d = StringTools.trim(st.pieces[st.at()].text);
		st.advance();
		var otherwise:Array<Node> = [];
		if (StringTools.startsWith(d, "elseif")) {
			otherwise = [readIf(d.substr(6), block)];
		} else if (d == "else") {
			otherwise = block(["end"]);
			st.advance();
		}
		return If(cond, then, otherwise);
	}

	static function expectEnd(pieces:Array<{directive:Bool, text:String}>, at:Int):Void {
		if (at >= pieces.length || StringTools.trim(pieces[at].text) != "end")
			throw "Missing ::end::";
	}

	static function pushText(out:Array<Node>, text:String):Void {
		var rest = text;
		while (true) {
			var start = rest.indexOf("$$");
			var open = start < 0 ? -1 : rest.indexOf("(", start);
			if (open < 0)
				break;
			var close = rest.lastIndexOf(")");
			var depth = 0;
			for (i in open...rest.length) {
				var c = rest.charAt(i);
				if (c == "(")
					depth++;
				else if (c == ")" && --depth == 0) {
					close = i;
					break;
				}
			}
			if (close < open)
				break;
			if (start > 0)
				out.push(Text(rest.substr(0, start)));
			var name = rest.substring(start + 2, open);
			var inner = StringTools.trim(rest.substring(open + 1, close));
			out.push(Call(name, inner == "" ? [] : inner.split(",").map(StringTools.trim)));
			rest = rest.substr(close + 1);
		}
		if (rest.length > 0)
			out.push(Text(rest));
	}

	static function split(str:String):Array<{directive:Bool, text:String}> {
		var out = [];
		var pos = 0;
		var text = new StringBuf();
		function flush() {
			var t = text.toString();
			if (t.length > 0)
				out.push({directive: false, text: t});
			text = new StringBuf();
		}
		while (pos < str.length) {
			if (StringTools.startsWith(str.substr(pos, 2), "::")) {
				var close = str.indexOf("::", pos + 2);
				if (close < 0)
					throw "Unclosed :: in template";
				flush();
				out.push({directive: true, text: str.substring(pos + 2, close)});
				pos = close + 2;
			} else if (StringTools.startsWith(str.substr(pos, 2), "$$") && str.indexOf("(", pos) > pos) {
				// A macro call: its arguments may themselves contain ::directives::.
				var open = str.indexOf("(", pos);
				var depth = 0;
				var end = open;
				while (end < str.length) {
					var c = str.charAt(end);
					if (c == "(")
						depth++;
					else if (c == ")" && --depth == 0)
						break;
					end++;
				}
				if (end >= str.length)
					throw "Unclosed macro call in template";
				text.add(str.substring(pos, end + 1));
				pos = end + 1;
			} else {
				text.add(str.charAt(pos));
				pos++;
			}
		}
		flush();
		return out;
	}

	/**
		Renders the template with the fields of `context` as variables and
		the functions of `macros` available to `$$` calls.
	**/
	public function execute(context:Dynamic, ?macros:Dynamic):String {
		this.macros = macros == null ? {} : macros;
		this.context = context;
		stack = [];
		buf = new StringBuf();
		runAll(nodes);
		return buf.toString();
	}

	function resolve(v:String):Dynamic {
		if (v == "__current__")
			return context;
		if (Reflect.isObject(context)) {
			var found = Reflect.getProperty(context, v);
			if (found != null || Reflect.hasField(context, v))
				return found;
		}
		var i = stack.length;
		while (--i >= 0) {
			var found = Reflect.getProperty(stack[i], v);
			if (found != null || Reflect.hasField(stack[i], v))
				return found;
		}
		return Reflect.field(globals, v);
	}

	function runAll(list:Array<Node>):Void {
		for (n in list)
			run(n);
	}

	function run(n:Node):Void {
		switch (n) {
			case Text(s):
				buf.add(s);
			case Value(e):
				buf.add(Std.string(e()));
			case If(cond, then, otherwise):
				var v:Dynamic = cond();
				runAll(v == null || v == false ? otherwise : then);
			case Each(items, body):
				var v:Dynamic = items();
				var it:Iterator<Dynamic> = null;
				if (Std.isOfType(v, Array))
					it = (v : Array<Dynamic>).iterator();
				else if (v != null) {
					var makeIterator:Dynamic = try v.iterator catch (e:Dynamic) null;
					var hasNext:Dynamic = try v.hasNext catch (e:Dynamic) null;
					it = makeIterator != null ? v.iterator() : (hasNext != null ? v : null);
				}
				if (it == null)
					throw "Cannot iter on " + v;
				stack.push(context);
				for (item in it) {
					context = item;
					runAll(body);
				}
				context = stack.pop();
			case Call(name, args):
				var f = Reflect.field(macros, name);
				var values:Array<Dynamic> = [resolve];
				for (a in args) {
					var single = ~/^::([A-Za-z_][A-Za-z0-9_.]*)::$/;
					values.push(single.match(a) ? resolvePath(single.matched(1)) : new Template(a).execute(context, macros));
				}
				try {
					buf.add(Std.string(Reflect.callMethod(macros, f, values)));
				} catch (e:Dynamic) {
					throw "Macro call " + name + "(" + args.join(",") + ") failed (" + Std.string(e) + ")";
				}
		}
	}

	static function isPath(s:String):Bool {
		return ~/^[A-Za-z_][A-Za-z0-9_.]*$/.match(s);
	}

	function resolvePath(path:String):Dynamic {
		var parts = path.split(".");
		var v = resolve(parts[0]);
		for (i in 1...parts.length)
			v = v == null ? null : Reflect.getProperty(v, parts[i]);
		return v;
	}

	// Expressions: a small precedence-climbing parser producing closures.

	function compile(src:String):Void->Dynamic {
		var tokens = tokenize(src);
		var at = 0;
		function peek():String
			return at < tokens.length ? tokens[at] : "";
		var unary:Void->(Void->Dynamic) = null;
		function binary(level:Int):Void->Dynamic {
			var levels = [["||"], ["&&"], ["==", "!=", "<", "<=", ">", ">="], ["+", "-"], ["*", "/"]];
			if (level >= levels.length)
				return unary();
			var left = binary(level + 1);
			while (levels[level].indexOf(peek()) >= 0) {
				var op = tokens[at++];
				var l = left;
				var r = binary(level + 1);
				left = function():Dynamic {
					var a:Dynamic = l();
					return switch (op) {
						case "||": a == true || r() == true;
						case "&&": a == true && r() == true;
						case "==": a == r();
						case "!=": a != r();
						case "<": a < r();
						case "<=": a <= r();
						case ">": a > r();
						case ">=": a >= r();
						case "+": a + r();
						case "-": a - r();
						case "*": a * r();
						case _: a / r();
					}
				};
			}
			return left;
		}
		unary = function():Void->Dynamic {
			var t = peek();
			at++;
			if (t == "!") {
				var inner = unary();
				return () -> inner() != true;
			}
			if (t == "-") {
				var inner = unary();
				return () -> -inner();
			}
			if (t == "(") {
				var inner = binary(0);
				if (peek() != ")")
					throw "Missing ) in template expression: " + src;
				at++;
				return inner;
			}
			if (StringTools.startsWith(t, '"')) {
				var s = t.substr(1, t.length - 2);
				return () -> s;
			}
			var num = Std.parseFloat(t);
			if (!Math.isNaN(num) && ~/^[0-9]/.match(t)) {
				var isInt = t.indexOf(".") < 0 && t.indexOf("e") < 0;
				var value:Dynamic = isInt ? Std.parseInt(t) : num;
				return () -> value;
			}
			if (t == "true" || t == "false" || t == "null") {
				var value:Dynamic = t == "null" ? null : t == "true";
				return () -> value;
			}
			if (!isPath(t))
				throw "Unexpected '" + t + "' in template expression: " + src;
			return () -> resolvePath(t);
		};
		var e = binary(0);
		if (at < tokens.length)
			throw "Unexpected '" + tokens[at] + "' in template expression: " + src;
		return e;
	}

	static function tokenize(src:String):Array<String> {
		var tokens = [];
		var i = 0;
		while (i < src.length) {
			var c = src.charAt(i);
			if (StringTools.isSpace(src, i)) {
				i++;
			} else if (c == '"') {
				var end = src.indexOf('"', i + 1);
				if (end < 0)
					throw "Unclosed string in template expression: " + src;
				tokens.push(src.substring(i, end + 1));
				i = end + 1;
			} else if ("()+-*/".indexOf(c) >= 0) {
				tokens.push(c);
				i++;
			} else if ("!=<>&|".indexOf(c) >= 0) {
				var two = src.substr(i, 2);
				if (["!=", "==", "<=", ">=", "&&", "||"].indexOf(two) >= 0) {
					tokens.push(two);
					i += 2;
				} else {
					tokens.push(c);
					i++;
				}
			} else {
				var start = i;
				while (i < src.length && !StringTools.isSpace(src, i) && "()+-*/!=<>&|\"".indexOf(src.charAt(i)) < 0)
					i++;
				tokens.push(src.substring(start, i));
			}
		}
		return tokens;
	}
}
