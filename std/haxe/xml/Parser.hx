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
class Parser {
	static var entities:Map<String, String> = ["lt" => "<", "gt" => ">", "amp" => "&", "quot" => '"', "apos" => "'"];

	/**
		Reads `str` into a document node. With `strict`, unknown entities and
		mismatched closing tags are errors; otherwise they are tolerated.
	**/
	static public function parse(str:String, strict = false):Xml {
		var reader = new Parser(str, strict);
		var doc = Xml.createDocument();
		reader.readChildren(doc, null);
		return doc;
	}

	var text:String;
	var pos:Int;
	var strict:Bool;

	function new(text:String, strict:Bool) {
		this.text = text;
		this.strict = strict;
		pos = 0;
	}

	function fail(msg:String):Dynamic {
		throw new XmlParserException(msg, text, pos);
	}

	inline function startsHere(s:String):Bool {
		return text.substr(pos, s.length) == s;
	}

	function until(end:String, what:String):String {
		var stop = text.indexOf(end, pos);
		if (stop < 0)
			return fail("Unclosed " + what);
		var body = text.substring(pos, stop);
		pos = stop + end.length;
		return body;
	}

	/** Reads nodes into `parent` until `</closing>` (or the end for documents). **/
	function readChildren(parent:Xml, closing:Null<String>):Void {
		var buf = new StringBuf();
		function flushText() {
			var t = buf.toString();
			if (t.length > 0)
				parent.addChild(Xml.createPCData(t));
			buf = new StringBuf();
		}
		while (pos < text.length) {
			var c = text.charAt(pos);
			if (c == "&") {
				pos++;
				buf.add(readEntity());
			} else if (c != "<") {
				buf.add(c);
				pos++;
			} else if (startsHere("<!--")) {
				flushText();
				pos += 4;
				parent.addChild(Xml.createComment(until("-->", "comment")));
			} else if (startsHere("<![CDATA[")) {
				flushText();
				pos += 9;
				parent.addChild(Xml.createCData(until("]]>", "CDATA section")));
			} else if (startsHere("<!")) {
				flushText();
				pos += 2;
				var decl = until(">", "declaration");
				parent.addChild(Xml.createDocType(StringTools.trim(decl.substr(decl.indexOf(" ") + 1))));
			} else if (startsHere("<?")) {
				flushText();
				pos += 2;
				parent.addChild(Xml.createProcessingInstruction(until("?>", "processing instruction")));
			} else if (startsHere("</")) {
				flushText();
				pos += 2;
				var name = StringTools.trim(until(">", "closing tag"));
				if (closing == null)
					fail("Unexpected </" + name + ">");
				if (name != closing && strict)
					fail("Expected </" + closing + ">");
				return;
			} else {
				flushText();
				pos++;
				parent.addChild(readElement());
			}
		}
		flushText();
		if (closing != null)
			fail("Expected </" + closing + ">");
	}

	function readName():String {
		var start = pos;
		while (pos < text.length) {
			var c = text.charCodeAt(pos);
			var ok = (c >= "a".code && c <= "z".code) || (c >= "A".code && c <= "Z".code) || (c >= "0".code && c <= "9".code)
				|| c == ":".code || c == ".".code || c == "_".code || c == "-".code || c > 127;
			if (!ok)
				break;
			pos++;
		}
		if (pos == start)
			fail("Expected a name");
		return text.substring(start, pos);
	}

	function skipBlanks():Void {
		while (pos < text.length && StringTools.isSpace(text, pos))
			pos++;
	}

	function readElement():Xml {
		var element = Xml.createElement(readName());
		while (true) {
			skipBlanks();
			if (startsHere("/>")) {
				pos += 2;
				return element;
			}
			if (startsHere(">")) {
				pos++;
				readChildren(element, element.nodeName);
				return element;
			}
			if (pos >= text.length)
				return fail("Unclosed element <" + element.nodeName + ">");
			var name = readName();
			skipBlanks();
			if (!startsHere("="))
				fail("Expected '=' after attribute " + name);
			pos++;
			skipBlanks();
			var quote = text.charAt(pos);
			if (quote != '"' && quote != "'")
				fail("Expected a quoted value for attribute " + name);
			pos++;
			var value = new StringBuf();
			while (pos < text.length && text.charAt(pos) != quote) {
				if (text.charAt(pos) == "&") {
					pos++;
					value.add(readEntity());
				} else {
					value.add(text.charAt(pos));
					pos++;
				}
			}
			pos++;
			if (element.exists(name))
				fail("Duplicate attribute " + name);
			element.set(name, value.toString());
		}
	}

	/** Decodes the entity after a `&` (already consumed). **/
	function readEntity():String {
		var end = text.indexOf(";", pos);
		if (end < 0 || end - pos > 10) {
			if (strict)
				fail("Unclosed entity");
			return "&";
		}
		var name = text.substring(pos, end);
		var decoded:Null<String> = null;
		if (StringTools.startsWith(name, "#x"))
			decoded = codeToString(Std.parseInt("0x" + name.substr(2)));
		else if (StringTools.startsWith(name, "#"))
			decoded = codeToString(Std.parseInt(name.substr(1)));
		else
			decoded = entities.get(name);
		if (decoded == null) {
			if (strict)
				fail("Unknown entity &" + name + ";");
			return "&";
		}
		pos = end + 1;
		return decoded;
	}

	static function codeToString(code:Null<Int>):Null<String> {
		if (code == null)
			return null;
		var b = new StringBuf();
		b.addChar(code);
		return b.toString();
	}
}
