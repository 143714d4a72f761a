/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.xml;

/**
	Writes `Xml` trees back as text.
**/
extern class Printer {
	/**
		The text of `xml`; with `pretty`, adds line breaks and tab
		indentation between elements.
	**/
	static public function print(xml:Xml, ?pretty:Bool = false):String;
}
