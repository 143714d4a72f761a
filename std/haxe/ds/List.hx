/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	A singly linked list with cheap insertion at both ends and cheap removal
	at the front. Unlike `Array`, it has no indexed access.
**/
class List<T> {
	private var h:ListNode<T>;
	private var q:ListNode<T>;

	/**
		How many elements the list holds.
	**/
	public var length(default, null):Int;

	/**
		Makes an empty list.
	**/
	public function new() {
		length = 0;
	}

	/**
		Appends `item` at the back.
	**/
	public function add(item:T):Void {
		var node = new ListNode(item, null);
		if (q == null)
			h = node;
		else
			q.next = node;
		q = node;
		length++;
	}

	/**
		Inserts `item` at the front.
	**/
	public function push(item:T):Void {
		h = new ListNode(item, h);
		if (q == null)
			q = h;
		length++;
	}

	/**
		The front element, or `null` when empty. The list is unchanged.
	**/
	public function first():Null<T> {
		return h == null ? null : h.item;
	}

	/**
		The back element, or `null` when empty. The list is unchanged.
	**/
	public function last():Null<T> {
		return q == null ? null : q.item;
	}

	/**
		Detaches and returns the front element; `null` when empty.
	**/
	public function pop():Null<T> {
		if (h == null)
			return null;
		var v = h.item;
		h = h.next;
		if (h == null)
			q = null;
		length--;
		return v;
	}

	/**
		Whether the list has no elements.
	**/
	public function isEmpty():Bool {
		return h == null;
	}

	/**
		Drops every element.
	**/
	public function clear():Void {
		h = null;
		q = null;
		length = 0;
	}

	/**
		Unlinks the first element equal to `v`; tells whether one was found.
	**/
	public function remove(v:T):Bool {
		var before:ListNode<T> = null;
		var cur = h;
		while (cur != null) {
			if (cur.item == v) {
				if (before == null)
					h = cur.next;
				else
					before.next = cur.next;
				if (q == cur)
					q = before;
				length--;
				return true;
			}
			before = cur;
			cur = cur.next;
		}
		return false;
	}

	/**
		Walks the elements from front to back.
	**/
	public inline function iterator():ListIterator<T> {
		return new ListIterator<T>(h);
	}

	/**
		Walks the elements with their positions.
	**/
	@:pure @:runtime public inline function keyValueIterator():ListKeyValueIterator<T> {
		return new ListKeyValueIterator<T>(h);
	}

	/**
		Renders the list as `{a, b, c}`.
	**/
	public function toString():String {
		return "{" + join(", ") + "}";
	}

	/**
		The text forms of the elements, separated by `sep`.
	**/
	public function join(sep:String):String {
		var out = new StringBuf();
		var cur = h;
		while (cur != null) {
			if (cur != h)
				out.add(sep);
			out.add(cur.item);
			cur = cur.next;
		}
		return out.toString();
	}

	/**
		A new list of the elements for which `f` holds.
	**/
	public function filter(f:T->Bool):List<T> {
		var out = new List<T>();
		for (x in this)
			if (f(x))
				out.add(x);
		return out;
	}

	/**
		A new list of `f` applied to each element.
	**/
	public function map<X>(f:T->X):List<X> {
		var out = new List<X>();
		for (x in this)
			out.add(f(x));
		return out;
	}
}

private class ListNode<T> {
	public var item:T;
	public var next:ListNode<T>;

	public function new(item:T, next:ListNode<T>) {
		this.item = item;
		this.next = next;
	}
}

private class ListIterator<T> {
	var head:ListNode<T>;

	public inline function new(head:ListNode<T>) {
		this.head = head;
	}

	public inline function hasNext():Bool {
		return head != null;
	}

	public inline function next():T {
		var node = head;
		head = node.next;
		return node.item;
	}
}

private class ListKeyValueIterator<T> {
	var idx:Int;
	var head:ListNode<T>;

	public inline function new(head:ListNode<T>) {
		this.head = head;
		idx = 0;
	}

	public inline function hasNext():Bool {
		return head != null;
	}

	public inline function next():{key:Int, value:T} {
		var node = head;
		head = node.next;
		return {key: idx++, value: node.item};
	}
}
