/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Where `trace` output goes. Reassign `Log.trace` to redirect or silence
	it.
**/
class Log {
	/**
		Builds the text that `trace` prints for value `v` at position
		`infos`: `File.hx:12: value`, followed by any extra values.
	**/
	public static function formatOutput(v:Dynamic, infos:PosInfos):String {
		var text = Std.string(v);
		if (infos == null)
			return text;
		if (infos.customParams != null)
			for (extra in infos.customParams)
				text += ", " + Std.string(extra);
		return infos.fileName + ":" + infos.lineNumber + ": " + text;
	}

	/**
		Prints `v` with its source position. The compiler turns every
		`trace(...)` call into a call of this function.
	**/
	public static dynamic function trace(v:Dynamic, ?infos:PosInfos):Void {
		Sys.println(formatOutput(v, infos));
	}
}
