/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.xml;

/**
	A constraint on attribute values or text content.
**/
enum Filter {
	/** An integer. **/
	FInt;

	/** `true` or `false`. **/
	FBool;

	/** One of the listed strings. **/
	FEnum(values:Array<String>);

	/** Text matched by the expression. **/
	FReg(matcher:EReg);
}

/**
	An attribute description.
**/
enum Attrib {
	/** Attribute `name`, optionally filtered, with an optional default. **/
	Att(name:String, ?filter:Filter, ?defvalue:String);
}

/**
	A rule describing the allowed shape of a document.
**/
enum Rule {
	/** An element called `name` with these attributes and content. **/
	RNode(name:String, ?attribs:Array<Attrib>, ?childs:Rule);

	/** Text content, optionally filtered. **/
	RData(?filter:Filter);

	/** Repetition of `rule`; at least once when `atLeastOne` is set. **/
	RMulti(rule:Rule, ?atLeastOne:Bool);

	/** A sequence, ordered or not. **/
	RList(rules:Array<Rule>, ?ordered:Bool);

	/** Any one of the alternatives. **/
	RChoice(choices:Array<Rule>);

	/** `rule` or nothing. **/
	ROptional(rule:Rule);
}

/**
	Validates XML documents against `Rule` descriptions.
**/
extern class Check {
	/** Throws a description of the first mismatch between node `x` and `r`. **/
	public static function checkNode(x:Xml, r:Rule):Void;

	/** Like `checkNode`, for a whole document node. **/
	public static function checkDocument(x:Xml, r:Rule):Void;
}
