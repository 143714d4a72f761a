/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.iterators;

/**
	Walks the values gathered in a `haxe.Rest` argument list.
**/
class RestIterator<T> {
	final args:Rest<T>;
	var current:Int = 0;

	@:allow(haxe.Rest)
	inline function new(args:Any) {
		this.args = args;
	}

	/**
		Whether more arguments remain.
	**/
	public inline function hasNext():Bool {
		return current < args.length;
	}

	/**
		The next argument.
	**/
	public inline function next():T {
		var i = current;
		current = i + 1;
		return args[i];
	}
}
