/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	A small text template language: `::name::` inserts a value, and
	`::if::`, `::else::`, `::foreach::` and `::end::` control output.
	`$$macro(args)` calls a function supplied at execution.
**/
extern class Template {
	/**
		Values visible to every template, looked up after the context.
	**/
	public static var globals:Dynamic;

	/**
		Parses the template text `str`; throws on syntax errors.
	**/
	public function new(str:String):Void;

	/**
		Renders the template with the fields of `context` as variables and
		the functions of `macros` available to `$$` calls.
	**/
	public function execute(context:Dynamic, ?macros:Dynamic):String;
}
