/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.xml;

private abstract NodeAccess(Xml) from Xml {
	@:op(a.b)
	public function resolve(name:String):Access {
		var found = this.elementsNamed(name);
		if (!found.hasNext())
			throw nameOf(this) + " is missing element " + name;
		return new Access(found.next());
	}

	static function nameOf(x:Xml):String
		return x.nodeType == Xml.Document ? "Document" : x.nodeName;
}

private abstract AttribAccess(Xml) from Xml {
	@:op(a.b)
	public function resolve(name:String):String {
		if (this.nodeType == Xml.Document)
			throw "Cannot access document attribute " + name;
		var v = this.get(name);
		if (v == null)
			throw this.nodeName + " is missing attribute " + name;
		return v;
	}

	@:op(a.b)
	function _hx_set(name:String, value:String):String {
		this.set(name, value);
		return value;
	}
}

private abstract HasAttribAccess(Xml) from Xml {
	@:op(a.b)
	public function resolve(name:String):Bool {
		return this.nodeType != Xml.Document && this.exists(name);
	}
}

private abstract HasNodeAccess(Xml) from Xml {
	@:op(a.b)
	public function resolve(name:String):Bool {
		return this.elementsNamed(name).hasNext();
	}
}

private abstract NodeListAccess(Xml) from Xml {
	@:op(a.b)
	public function resolve(name:String):Array<Access> {
		return [for (e in this.elementsNamed(name)) new Access(e)];
	}
}

/**
	Dot-syntax navigation through an `Xml` tree: `a.node.child`,
	`a.nodes.item`, `a.att.id`, `a.has.id`, `a.hasNode.child`.
**/
abstract Access(Xml) {
	/** The wrapped node. **/
	public var x(get, never):Xml;

	/** Accessor of `x`. **/
	public inline function get_x():Xml
		return this;

	/** The element name, or `"Document"` for a document node. **/
	public var name(get, never):String;

	inline function get_name():String {
		return this.nodeType == Xml.Document ? "Document" : this.nodeName;
	}

	/**
		The text inside the node; throws unless the node holds exactly one
		text or CDATA child.
	**/
	public var innerData(get, never):String;

	/** The serialized children of the node. **/
	public var innerHTML(get, never):String;

	/** The first child element with a given name; throws when absent. **/
	public var node(get, never):NodeAccess;

	inline function get_node():NodeAccess
		return this;

	/** All child elements with a given name. **/
	public var nodes(get, never):NodeListAccess;

	inline function get_nodes():NodeListAccess
		return this;

	/** The value of a given attribute; throws when absent. **/
	public var att(get, never):AttribAccess;

	inline function get_att():AttribAccess
		return this;

	/** Whether a given attribute exists. **/
	public var has(get, never):HasAttribAccess;

	inline function get_has():HasAttribAccess
		return this;

	/** Whether a child element with a given name exists. **/
	public var hasNode(get, never):HasNodeAccess;

	inline function get_hasNode():HasNodeAccess
		return this;

	/** Walks the child elements. **/
	public var elements(get, never):Iterator<Access>;

	inline function get_elements():Iterator<Access>
		return cast this.elements();

	/** Wraps the element or document `x`; throws for other node kinds. **/
	public inline function new(x:Xml) {
		if (x.nodeType != Xml.Document && x.nodeType != Xml.Element)
			throw "Invalid nodeType " + x.nodeType;
		this = x;
	}

	function get_innerData():String {
		var kids = this.iterator();
		if (!kids.hasNext())
			throw name + " does not have data";
		var only = kids.next();
		if (kids.hasNext() || (only.nodeType != Xml.PCData && only.nodeType != Xml.CData))
			throw name + " does not only have data";
		return only.nodeValue;
	}

	function get_innerHTML():String {
		var out = new StringBuf();
		for (kid in this)
			out.add(kid.toString());
		return out.toString();
	}
}
