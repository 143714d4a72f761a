/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

/**
	Brings all macro helper classes in at once: `using haxe.macro.Tools;`.
**/
@:dox(hide)
typedef TExprTools = ExprTools;

@:dox(hide)
typedef TComplexTypeTools = ComplexTypeTools;

@:dox(hide)
typedef TTypeTools = TypeTools;

@:dox(hide)
typedef TMacroStringTools = MacroStringTools;

@:dox(hide)
typedef TTypedExprTools = TypedExprTools;

@:dox(hide)
typedef TPositionTools = PositionTools;
