/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

import haxe.macro.Expr;

/**
	Helpers on syntactic types, meant for `using haxe.macro.ComplexTypeTools`.
**/
class ComplexTypeTools {
	/** The type written back as Haxe source. **/
	static public function toString(c:ComplexType):String
		return new Printer().printComplexType(c);

	#if (macro || display)
	/** Resolves the type in the current macro context; `null` if it cannot be. **/
	static public function toType(c:ComplexType):Null<Type>
		return c == null ? null : Context.resolveType(c, Context.currentPos());
	#end
}
