class Conditional {
	static function main() {
		#if (haxe_ver >= 4.0)
		var v = "new";
		#elseif neko
		var v = "neko";
		#else
		var v = "old";
		#end
		#if !no_such_define
		trace(v);
		#end
		#if (sys && !js || target.name == "cross")
		trace("sys");
		#end
		var x = #if js 1 #else 2 #end;
		trace(x, #if cs "cs" #else "other" #end);
		#if (haxe >= version("4.2.0"))
		trace("4.2");
		#end
		#if never
		this is dead code with } braces and ) parens
		#end
	}
}
