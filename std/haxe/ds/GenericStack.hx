/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	One link of a `GenericStack`.
**/
class GenericCell<T> {
	/** The element stored in this link. **/
	public var elt:T;

	/** The link below this one, or `null` at the bottom. **/
	public var next:GenericCell<T>;

	/** Makes a link holding `elt` on top of `next`. **/
	public function new(elt, next) {
		this.elt = elt;
		this.next = next;
	}
}

/**
	A last-in first-out stack built from linked cells. On some targets it is
	specialised per element type for speed.
**/
class GenericStack<T> {
	/** The top link, or `null` when the stack is empty. **/
	public var head:GenericCell<T>;

	/** Makes an empty stack. **/
	public function new() {}

	/** Puts `item` on top. **/
	public inline function add(item:T):Void {
		head = new GenericCell<T>(item, head);
	}

	/** The top element without removing it; `null` when empty. **/
	public inline function first():Null<T> {
		return head == null ? null : head.elt;
	}

	/** Removes and returns the top element; `null` when empty. **/
	public inline function pop():Null<T> {
		var top = head;
		if (top == null)
			return null;
		head = top.next;
		return top.elt;
	}

	/** Whether the stack holds nothing. **/
	public inline function isEmpty():Bool {
		return head == null;
	}

	/** Unlinks the topmost element equal to `v`; tells whether one was found. **/
	public function remove(v:T):Bool {
		var above:GenericCell<T> = null;
		var cur = head;
		while (cur != null) {
			if (cur.elt == v) {
				if (above == null)
					head = cur.next;
				else
					above.next = cur.next;
				return true;
			}
			above = cur;
			cur = cur.next;
		}
		return false;
	}

	/** Walks the elements from top to bottom. **/
	public function iterator():Iterator<T> {
		var cur = head;
		return {
			hasNext: () -> cur != null,
			next: () -> {
				var here = cur;
				cur = here.next;
				return here.elt;
			}
		};
	}

	/** Renders the stack as text, top first. **/
	public function toString():String {
		var parts = [];
		for (x in this)
			parts.push(x);
		return "{" + parts.join(",") + "}";
	}
}
