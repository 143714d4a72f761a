/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.xml;

/**
	Writes `Xml` trees back as text.
**/
class Printer {
	/**
		The text of `xml`; with `pretty`, puts each element on its own line,
		indented with tabs, and drops blank text between elements.
	**/
	static public function print(xml:Xml, ?pretty:Bool = false):String {
		var printer = new Printer(pretty);
		printer.writeNode(xml, "");
		return printer.output.toString();
	}

	var output:StringBuf;
	var pretty:Bool;

	function new(pretty:Bool) {
		output = new StringBuf();
		this.pretty = pretty;
	}

	function lineEnd():Void {
		if (pretty)
			output.add("\n");
	}

	function writeNode(value:Xml, tabs:String):Void {
		var pad = pretty ? tabs : "";
		switch (value.nodeType) {
			case Element:
				output.add(pad + "<" + value.nodeName);
				for (att in value.attributes())
					output.add(" " + att + "=\"" + StringTools.htmlEscape(value.get(att), true) + "\"");
				if (!hasChildren(value)) {
					output.add("/>");
					lineEnd();
					return;
				}
				output.add(">");
				lineEnd();
				for (child in value)
					writeNode(child, tabs + "\t");
				output.add(pad + "</" + value.nodeName + ">");
				lineEnd();
			case Document:
				for (child in value)
					writeNode(child, tabs);
			case PCData:
				var text = value.nodeValue;
				if (pretty)
					text = StringTools.trim(text);
				if (text.length > 0) {
					output.add(pad + StringTools.htmlEscape(text));
					lineEnd();
				}
			case CData:
				output.add(pad + "<![CDATA[" + value.nodeValue + "]]>");
				lineEnd();
			case Comment:
				output.add(pad + "<!--" + value.nodeValue + "-->");
				lineEnd();
			case DocType:
				output.add("<!DOCTYPE " + value.nodeValue + ">");
				lineEnd();
			case ProcessingInstruction:
				output.add("<?" + value.nodeValue + "?>");
				lineEnd();
		}
	}

	function hasChildren(value:Xml):Bool {
		for (child in value) {
			switch (child.nodeType) {
				case Element | CData | Comment | DocType | ProcessingInstruction:
					return true;
				case PCData:
					if (!pretty || StringTools.trim(child.nodeValue).length > 0)
						return true;
				case Document:
			}
		}
		return false;
	}
}
