/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

import haxe.ds.List;

/**
	Functional helpers that work on anything iterable, meant for
	`using Lambda`. Functions that build collections return new ones and
	leave their input alone.
**/
class Lambda {
	/**
		Collects the elements of `it` into a new array.
	**/
	public static function array<A>(it:Iterable<A>):Array<A> {
		var out = new Array<A>();
		for (x in it)
			out.push(x);
		return out;
	}

	/**
		Collects the elements of `it` into a new `List`.
	**/
	public static function list<A>(it:Iterable<A>):List<A> {
		var out = new List<A>();
		for (x in it)
			out.add(x);
		return out;
	}

	/**
		An array of `f` applied to every element of `it`.
	**/
	public static inline function map<A, B>(it:Iterable<A>, f:(item:A) -> B):Array<B> {
		var out = new Array<B>();
		for (x in it)
			out.push(f(x));
		return out;
	}

	/**
		Like `map`, but `f` also gets the position of each element.
	**/
	public static inline function mapi<A, B>(it:Iterable<A>, f:(index:Int, item:A) -> B):Array<B> {
		var out = new Array<B>();
		var n = 0;
		for (x in it)
			out.push(f(n++, x));
		return out;
	}

	/**
		Joins the inner collections of `it` into one array, in order.
	**/
	public static inline function flatten<A>(it:Iterable<Iterable<A>>):Array<A> {
		var out = new Array<A>();
		for (inner in it)
			for (x in inner)
				out.push(x);
		return out;
	}

	/**
		Maps every element to a collection with `f` and joins the results.
	**/
	public static inline function flatMap<A, B>(it:Iterable<A>, f:(item:A) -> Iterable<B>):Array<B> {
		var out = new Array<B>();
		for (x in it)
			for (y in f(x))
				out.push(y);
		return out;
	}

	/**
		Whether some element of `it` equals `elt`.
	**/
	public static function has<A>(it:Iterable<A>, elt:A):Bool {
		for (x in it)
			if (x == elt)
				return true;
		return false;
	}

	/**
		Whether `f` holds for at least one element.
	**/
	public static function exists<A>(it:Iterable<A>, f:(item:A) -> Bool):Bool {
		for (x in it)
			if (f(x))
				return true;
		return false;
	}

	/**
		Whether `f` holds for every element; `true` when there are none.
	**/
	public static function foreach<A>(it:Iterable<A>, f:(item:A) -> Bool):Bool {
		for (x in it)
			if (!f(x))
				return false;
		return true;
	}

	/**
		Calls `f` once per element, in order.
	**/
	public static function iter<A>(it:Iterable<A>, f:(item:A) -> Void):Void {
		for (x in it)
			f(x);
	}

	/**
		An array of the elements for which `f` holds.
	**/
	public static function filter<A>(it:Iterable<A>, f:(item:A) -> Bool):Array<A> {
		var out = new Array<A>();
		for (x in it)
			if (f(x))
				out.push(x);
		return out;
	}

	/**
		Combines the elements into one result: starts from `first` and feeds
		each element with the running result to `f`.
	**/
	public static function fold<A, B>(it:Iterable<A>, f:(item:A, result:B) -> B, first:B):B {
		var acc = first;
		for (x in it)
			acc = f(x, acc);
		return acc;
	}

	/**
		Like `fold`, but `f` also gets the position of each element.
	**/
	public static function foldi<A, B>(it:Iterable<A>, f:(item:A, result:B, index:Int) -> B, first:B):B {
		var acc = first;
		var n = 0;
		for (x in it)
			acc = f(x, acc, n++);
		return acc;
	}

	/**
		How many elements there are, or how many satisfy `pred` when given.
	**/
	public static function count<A>(it:Iterable<A>, ?pred:(item:A) -> Bool):Int {
		var n = 0;
		for (x in it)
			if (pred == null || pred(x))
				n++;
		return n;
	}

	/**
		Whether `it` has no elements at all.
	**/
	public static function empty<T>(it:Iterable<T>):Bool {
		return !it.iterator().hasNext();
	}

	/**
		Position of the first element equal to `v`, or `-1`.
	**/
	public static function indexOf<T>(it:Iterable<T>, v:T):Int {
		var n = 0;
		for (x in it) {
			if (x == v)
				return n;
			n++;
		}
		return -1;
	}

	/**
		The first element for which `f` holds, or `null`.
	**/
	public static function find<T>(it:Iterable<T>, f:(item:T) -> Bool):Null<T> {
		for (x in it)
			if (f(x))
				return x;
		return null;
	}

	/**
		Position of the first element for which `f` holds, or `-1`.
	**/
	public static function findIndex<T>(it:Iterable<T>, f:(item:T) -> Bool):Int {
		var n = 0;
		for (x in it) {
			if (f(x))
				return n;
			n++;
		}
		return -1;
	}

	/**
		A new array with the elements of `a` then those of `b`.
	**/
	public static function concat<T>(a:Iterable<T>, b:Iterable<T>):Array<T> {
		var out = new Array<T>();
		for (x in a)
			out.push(x);
		for (x in b)
			out.push(x);
		return out;
	}
}
