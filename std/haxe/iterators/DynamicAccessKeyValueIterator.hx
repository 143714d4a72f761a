/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.iterators;

/**
	Walks the fields of a `haxe.DynamicAccess` object as name/value pairs.
**/
class DynamicAccessKeyValueIterator<T> {
	final access:DynamicAccess<T>;
	final keys:Array<String>;
	var index:Int;

	/**
		Snapshots the field names of `access` and starts before the first.
	**/
	public inline function new(access:DynamicAccess<T>) {
		this.access = access;
		keys = access.keys();
		index = 0;
	}

	/**
		Whether unvisited fields remain.
	**/
	public inline function hasNext():Bool {
		return index < keys.length;
	}

	/**
		The next field as a pair of its name and its value.
	**/
	public inline function next():{key:String, value:T} {
		var k = keys[index];
		index = index + 1;
		return {key: k, value: (access[k] : T)};
	}
}
