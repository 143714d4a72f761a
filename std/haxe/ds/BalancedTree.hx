/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	An ordered map kept as a height-balanced binary search tree. Lookups,
	insertions and removals take logarithmic time, and iteration visits keys
	in ascending order. Ordering comes from `compare`, which subclasses may
	override (`EnumValueMap` does).
**/
class BalancedTree<K, V> implements haxe.Constraints.IMap<K, V> {
	var root:TreeNode<K, V>;

	/**
		Makes an empty tree.
	**/
	public function new() {}

	/**
		Stores `value` under `key`, replacing any earlier value.
	**/
	public function set(key:K, value:V):Void {
		root = insert(root, key, value);
	}

	/**
		The value stored under `key`, or `null`.
	**/
	public function get(key:K):Null<V> {
		var n = root;
		while (n != null) {
			var c = compare(key, n.key);
			if (c == 0)
				return n.value;
			n = c < 0 ? n.left : n.right;
		}
		return null;
	}

	/**
		Deletes the entry for `key`; tells whether one existed.
	**/
	public function remove(key:K):Bool {
		if (!exists(key))
			return false;
		root = delete(root, key);
		return true;
	}

	/**
		Whether an entry exists for `key`.
	**/
	public function exists(key:K):Bool {
		var n = root;
		while (n != null) {
			var c = compare(key, n.key);
			if (c == 0)
				return true;
			n = c < 0 ? n.left : n.right;
		}
		return false;
	}

	/**
		Walks the values in ascending key order.
	**/
	public function iterator():Iterator<V> {
		var out = [];
		collect(root, (k, v) -> out.push(v));
		return out.iterator();
	}

	/**
		Walks the entries in ascending key order.
	**/
	@:runtime public inline function keyValueIterator():KeyValueIterator<K, V> {
		return new haxe.iterators.MapKeyValueIterator(this);
	}

	/**
		Walks the keys in ascending order.
	**/
	public function keys():Iterator<K> {
		var out = [];
		collect(root, (k, v) -> out.push(k));
		return out.iterator();
	}

	/**
		A copy sharing the (immutable) nodes of this tree.
	**/
	public function copy():BalancedTree<K, V> {
		var dup = new BalancedTree<K, V>();
		dup.root = root;
		return dup;
	}

	function collect(n:TreeNode<K, V>, visit:(K, V) -> Void):Void {
		if (n == null)
			return;
		collect(n.left, visit);
		visit(n.key, n.value);
		collect(n.right, visit);
	}

	function insert(n:TreeNode<K, V>, k:K, v:V):TreeNode<K, V> {
		if (n == null)
			return new TreeNode<K, V>(null, k, v, null);
		var c = compare(k, n.key);
		if (c == 0)
			return new TreeNode<K, V>(n.left, k, v, n.right, n.get_height());
		if (c < 0)
			return rebalance(insert(n.left, k, v), n.key, n.value, n.right);
		return rebalance(n.left, n.key, n.value, insert(n.right, k, v));
	}

	function delete(n:TreeNode<K, V>, k:K):TreeNode<K, V> {
		var c = compare(k, n.key);
		if (c < 0)
			return rebalance(delete(n.left, k), n.key, n.value, n.right);
		if (c > 0)
			return rebalance(n.left, n.key, n.value, delete(n.right, k));
		if (n.left == null)
			return n.right;
		if (n.right == null)
			return n.left;
		var least = n.right;
		while (least.left != null)
			least = least.left;
		return rebalance(n.left, least.key, least.value, delete(n.right, least.key));
	}

	function rebalance(l:TreeNode<K, V>, k:K, v:V, r:TreeNode<K, V>):TreeNode<K, V> {
		var hl = l.get_height();
		var hr = r.get_height();
		if (hl > hr + 1) {
			if (l.left.get_height() >= l.right.get_height())
				return new TreeNode<K, V>(l.left, l.key, l.value, new TreeNode<K, V>(l.right, k, v, r));
			var m = l.right;
			return new TreeNode<K, V>(new TreeNode<K, V>(l.left, l.key, l.value, m.left), m.key, m.value, new TreeNode<K, V>(m.right, k, v, r));
		}
		if (hr > hl + 1) {
			if (r.right.get_height() >= r.left.get_height())
				return new TreeNode<K, V>(new TreeNode<K, V>(l, k, v, r.left), r.key, r.value, r.right);
			var m = r.left;
			return new TreeNode<K, V>(new TreeNode<K, V>(l, k, v, m.left), m.key, m.value, new TreeNode<K, V>(m.right, r.key, r.value, r.right));
		}
		return new TreeNode<K, V>(l, k, v, r);
	}

	/**
		The ordering of keys: negative, zero or positive. The default uses
		`Reflect.compare`.
	**/
	function compare(k1:K, k2:K):Int {
		return Reflect.compare(k1, k2);
	}

	/**
		Renders the entries as text, in key order.
	**/
	public function toString():String {
		var parts = [];
		collect(root, (k, v) -> parts.push(Std.string(k) + " => " + Std.string(v)));
		return "[" + parts.join(", ") + "]";
	}

	/**
		Deletes every entry.
	**/
	public function clear():Void {
		root = null;
	}
}

/**
	One node of a `BalancedTree`: a key, its value, two subtrees and the
	cached height of the subtree rooted here.
**/
class TreeNode<K, V> {
	/** Subtree with smaller keys. **/
	public var left:TreeNode<K, V>;

	/** Subtree with larger keys. **/
	public var right:TreeNode<K, V>;

	/** The key held by this node. **/
	public var key:K;

	/** The value held by this node. **/
	public var value:V;

	var _height:Int;

	/**
		Builds a node; a negative `h` means the height is computed from the
		subtrees.
	**/
	public function new(l, k, v, r, h = -1) {
		left = l;
		right = r;
		key = k;
		value = v;
		if (h < 0) {
			var hl = l.get_height();
			var hr = r.get_height();
			_height = (hl > hr ? hl : hr) + 1;
		} else
			_height = h;
	}

	/** Height of the subtree rooted here; 0 for an absent node. **/
	extern public inline function get_height():Int
		return this == null ? 0 : _height;

	/** Renders this subtree as text. **/
	public function toString():String {
		return (left == null ? "" : left.toString() + ", ") + '$key => $value' + (right == null ? "" : ", " + right.toString());
	}
}
