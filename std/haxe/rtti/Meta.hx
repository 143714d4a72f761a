/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.rtti;

private typedef MetaObject = {
	?fields:Dynamic<Dynamic<Null<Array<Dynamic>>>>,
	?statics:Dynamic<Dynamic<Null<Array<Dynamic>>>>,
	?obj:Dynamic<Null<Array<Dynamic>>>
};

/**
	Reads, at run time, the metadata kept by the compiler: metadata written
	without a leading colon (`@name(args)`) on types and fields. Each entry
	maps a metadata name to its argument values (`null` when it has none).
**/
class Meta {
	/** The metadata of the type `t` itself (a class or an enum). **/
	public static function getType(t:Dynamic):Dynamic<Array<Dynamic>> {
		var m = getMeta(t);
		return m == null || m.obj == null ? {} : m.obj;
	}

	private static function getMeta(t:Dynamic):MetaObject {
		return Reflect.field(t, "__meta__");
	}

	/** The metadata of the static fields of `t`, by field name. **/
	public static function getStatics(t:Dynamic):Dynamic<Dynamic<Array<Dynamic>>> {
		var m = getMeta(t);
		return m == null || m.statics == null ? {} : m.statics;
	}

	/** The metadata of the instance fields (or enum constructors) of `t`, by name. **/
	public static function getFields(t:Dynamic):Dynamic<Dynamic<Array<Dynamic>>> {
		var m = getMeta(t);
		return m == null || m.fields == null ? {} : m.fields;
	}
}
