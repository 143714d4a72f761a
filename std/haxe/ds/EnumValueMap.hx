/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	An ordered map keyed by enum values. Keys are equal when they have the
	same constructor and equal arguments; `Map` picks this for enum keys.
**/
class EnumValueMap<K:EnumValue, V> extends haxe.ds.BalancedTree<K, V> implements haxe.Constraints.IMap<K, V> {
	override function compare(k1:EnumValue, k2:EnumValue):Int {
		var byIndex = Type.enumIndex(k1) - Type.enumIndex(k2);
		if (byIndex != 0)
			return byIndex;
		return compareArgs(Type.enumParameters(k1), Type.enumParameters(k2));
	}

	function compareArgs(a1:Array<Dynamic>, a2:Array<Dynamic>):Int {
		if (a1.length != a2.length)
			return a1.length - a2.length;
		for (i in 0...a1.length) {
			var c = compareArg(a1[i], a2[i]);
			if (c != 0)
				return c;
		}
		return 0;
	}

	function compareArg(v1:Dynamic, v2:Dynamic):Int {
		if (Reflect.isEnumValue(v1) && Reflect.isEnumValue(v2))
			return compare(v1, v2);
		if (Std.isOfType(v1, Array) && Std.isOfType(v2, Array))
			return compareArgs(v1, v2);
		return Reflect.compare(v1, v2);
	}

	override function copy():EnumValueMap<K, V> {
		var dup = new EnumValueMap<K, V>();
		dup.root = root;
		return dup;
	}
}
