/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

/**
	A type computed by a macro call: `MacroType<[pack.Builder.build(args)]>`
	stands for whatever type the call returns.
**/
extern class MacroType<Const> {}
