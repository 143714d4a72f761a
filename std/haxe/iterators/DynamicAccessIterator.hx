/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.iterators;

/**
	Walks the field values of a `haxe.DynamicAccess` object.
**/
class DynamicAccessIterator<T> {
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
		The value of the next field.
	**/
	public inline function next():T {
		var k = keys[index];
		index = index + 1;
		return access[k];
	}
}
