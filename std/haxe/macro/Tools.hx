/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

// `using haxe.macro.Tools;` brings all macro helper classes in at once.

/** Brings in `ExprTools`. **/
@:dox(hide)
typedef TExprTools = ExprTools;

/** Brings in `ComplexTypeTools`. **/
@:dox(hide)
typedef TComplexTypeTools = ComplexTypeTools;

/** Brings in `TypeTools`. **/
@:dox(hide)
typedef TTypeTools = TypeTools;

/** Brings in `MacroStringTools`. **/
@:dox(hide)
typedef TMacroStringTools = MacroStringTools;

/** Brings in `TypedExprTools`. **/
@:dox(hide)
typedef TTypedExprTools = TypedExprTools;

/** Brings in `PositionTools`. **/
@:dox(hide)
typedef TPositionTools = PositionTools;
