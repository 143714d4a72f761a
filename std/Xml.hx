/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	The kinds of node an `Xml` tree is made of.
**/
enum abstract XmlType(Int) {
	/** An element, with a name, attributes and children. **/
	var Element = 0;

	/** Character data (plain text). **/
	var PCData = 1;

	/** A `<![CDATA[...]]>` section. **/
	var CData = 2;

	/** A `<!-- ... -->` comment. **/
	var Comment = 3;

	/** A `<!DOCTYPE ...>` declaration. **/
	var DocType = 4;

	/** A `<?target ...?>` processing instruction. **/
	var ProcessingInstruction = 5;

	/** The root of a parsed document. **/
	var Document = 6;

	/** The name of the node kind. **/
	public function toString():String {
		return switch (cast this : XmlType) {
			case Element: "Element";
			case PCData: "PCData";
			case CData: "CData";
			case Comment: "Comment";
			case DocType: "DocType";
			case ProcessingInstruction: "ProcessingInstruction";
			case Document: "Document";
		};
	}
}

/**
	A node of an XML document tree. Elements have a name, attributes and
	children; other kinds carry text in `nodeValue`.
**/
class Xml {
	/** The `Element` node kind. **/
	static public var Element(default, never) = XmlType.Element;

	/** The `PCData` node kind. **/
	static public var PCData(default, never) = XmlType.PCData;

	/** The `CData` node kind. **/
	static public var CData(default, never) = XmlType.CData;

	/** The `Comment` node kind. **/
	static public var Comment(default, never) = XmlType.Comment;

	/** The `DocType` node kind. **/
	static public var DocType(default, never) = XmlType.DocType;

	/** The `ProcessingInstruction` node kind. **/
	static public var ProcessingInstruction(default, never) = XmlType.ProcessingInstruction;

	/** The `Document` node kind. **/
	static public var Document(default, never) = XmlType.Document;

	/**
		Reads the XML text `str` into a `Document` node; throws on malformed
		input.
	**/
	static public function parse(str:String):Xml {
		return haxe.xml.Parser.parse(str);
	}

	/** Which kind of node this is. **/
	public var nodeType(default, null):XmlType;

	/** The name of an element; throws for other kinds. **/
	@:isVar public var nodeName(get, set):String;

	/** The text of a non-element node; throws for elements and documents. **/
	@:isVar public var nodeValue(get, set):String;

	/** The node this one is a child of, or `null`. **/
	public var parent(default, null):Xml;

	var children:Array<Xml>;
	var attributeMap:Map<String, String>;

	inline function get_nodeName():String {
		requireElement();
		return nodeName;
	}

	inline function set_nodeName(v:String):String {
		requireElement();
		return nodeName = v;
	}

	inline function get_nodeValue():String {
		requireText();
		return nodeValue;
	}

	inline function set_nodeValue(v:String):String {
		requireText();
		return nodeValue = v;
	}

	/** A new element called `name`. **/
	static public function createElement(name:String):Xml {
		var x = new Xml(Element);
		x.nodeName = name;
		return x;
	}

	/** A new text node. **/
	static public function createPCData(data:String):Xml {
		return textNode(PCData, data);
	}

	/** A new CDATA section. **/
	static public function createCData(data:String):Xml {
		return textNode(CData, data);
	}

	/** A new comment. **/
	static public function createComment(data:String):Xml {
		return textNode(Comment, data);
	}

	/** A new doctype declaration. **/
	static public function createDocType(data:String):Xml {
		return textNode(DocType, data);
	}

	/** A new processing instruction. **/
	static public function createProcessingInstruction(data:String):Xml {
		return textNode(ProcessingInstruction, data);
	}

	/** A new, empty document node. **/
	static public function createDocument():Xml {
		return new Xml(Document);
	}

	static function textNode(kind:XmlType, data:String):Xml {
		var x = new Xml(kind);
		x.nodeValue = data;
		return x;
	}

	/** The value of attribute `att`, or `null`; elements only. **/
	public function get(att:String):String {
		requireElement();
		return attributeMap.get(att);
	}

	/** Sets attribute `att`; elements only. **/
	public function set(att:String, value:String):Void {
		requireElement();
		attributeMap.set(att, value);
	}

	/** Deletes attribute `att`; elements only. **/
	public function remove(att:String):Void {
		requireElement();
		attributeMap.remove(att);
	}

	/** Whether attribute `att` is set; elements only. **/
	public function exists(att:String):Bool {
		requireElement();
		return attributeMap.exists(att);
	}

	/** Walks the attribute names; elements only. **/
	public function attributes():Iterator<String> {
		requireElement();
		return attributeMap.keys();
	}

	/** Walks all children; elements and documents only. **/
	public inline function iterator():Iterator<Xml> {
		requireParent();
		return children.iterator();
	}

	/** Walks the child elements. **/
	public function elements():Iterator<Xml> {
		requireParent();
		return children.filter(c -> c.nodeType == Element).iterator();
	}

	/** Walks the child elements called `name`. **/
	public function elementsNamed(name:String):Iterator<Xml> {
		requireParent();
		return children.filter(c -> c.nodeType == Element && c.nodeName == name).iterator();
	}

	/** The first child of any kind, or `null`. **/
	public inline function firstChild():Xml {
		requireParent();
		return children[0];
	}

	/** The first child element, or `null`. **/
	public function firstElement():Xml {
		requireParent();
		for (c in children)
			if (c.nodeType == Element)
				return c;
		return null;
	}

	/** Appends `x` as the last child, detaching it from any earlier parent. **/
	public function addChild(x:Xml):Void {
		requireParent();
		if (x.parent != null)
			x.parent.removeChild(x);
		children.push(x);
		x.parent = this;
	}

	/** Detaches the child `x`; tells whether it was a child. **/
	public function removeChild(x:Xml):Bool {
		requireParent();
		if (!children.remove(x))
			return false;
		x.parent = null;
		return true;
	}

	/** Inserts `x` as child number `pos`. **/
	public function insertChild(x:Xml, pos:Int):Void {
		requireParent();
		if (x.parent != null)
			x.parent.removeChild(x);
		children.insert(pos, x);
		x.parent = this;
	}

	/** The XML text of this node and everything below it. **/
	public inline function toString():String {
		return haxe.xml.Printer.print(this);
	}

	function new(nodeType:XmlType) {
		this.nodeType = nodeType;
		children = [];
		attributeMap = new Map<String, String>();
	}

	inline function requireElement():Void {
		if (nodeType != Element)
			throw "Bad node type, expected Element but found " + nodeType;
	}

	inline function requireText():Void {
		if (nodeType == Element || nodeType == Document)
			throw "Bad node type, unexpected " + nodeType;
	}

	inline function requireParent():Void {
		if (nodeType != Element && nodeType != Document)
			throw "Bad node type, expected Element or Document but found " + nodeType;
	}
}
