/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.xml;

/**
	Raised when XML text cannot be parsed; tells where the problem is.
**/
class XmlParserException {
	/** What went wrong. **/
	public var message:String;

	/** Line of the problem, counted from 1. **/
	public var lineNumber:Int;

	/** Column of the problem within its line, counted from 1. **/
	public var positionAtLine:Int;

	/** Offset of the problem in the whole text. **/
	public var position:Int;

	/** The text that was being parsed. **/
	public var xml:String;

	/** Records `message` for the offset `position` of `xml`. **/
	public function new(message:String, xml:String, position:Int) {
		this.message = message;
		this.xml = xml;
		this.position = position;
		var before = xml.substr(0, position).split("\n");
		lineNumber = before.length;
		positionAtLine = before[before.length - 1].length + 1;
	}

	/** The message with its line and column. **/
	public function toString():String {
		return '$message at line $lineNumber char $positionAtLine';
	}
}

/**
	The XML reader behind `Xml.parse`.
**/
extern class Parser {
	/**
		Reads `str` into a document node. With `strict`, entities and
		closing tags are checked rigorously.
	**/
	static public function parse(str:String, strict:Bool = false):Xml;
}
