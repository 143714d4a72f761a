/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	A file path split into directory, base name and extension. Both `/` and
	`\\` count as separators. The static helpers work on plain strings.
**/
class Path {
	/** Directory part, without a trailing separator; `null` when absent. **/
	public var dir:Null<String>;

	/** Base name, without directory or extension. **/
	public var file:String;

	/** Extension, without the dot; `null` when absent. **/
	public var ext:Null<String>;

	/** Whether the last separator seen was a backslash. **/
	public var backslash:Bool;

	/**
		Splits `path`. The special names `.` and `..` are kept as
		directories with an empty file name.
	**/
	public function new(path:String) {
		if (path == "." || path == "..") {
			dir = path;
			file = "";
			return;
		}
		var cut = lastSeparator(path);
		if (cut >= 0) {
			dir = path.substr(0, cut);
			file = path.substr(cut + 1);
			backslash = path.charAt(cut) == "\\";
		} else {
			dir = null;
			file = path;
		}
		var dot = file.lastIndexOf(".");
		if (dot >= 0) {
			ext = file.substr(dot + 1);
			file = file.substr(0, dot);
		} else
			ext = null;
	}

	static function lastSeparator(path:String):Int {
		var a = path.lastIndexOf("/");
		var b = path.lastIndexOf("\\");
		return a > b ? a : b;
	}

	/**
		Puts the parts back together.
	**/
	public function toString():String {
		var sep = backslash ? "\\" : "/";
		return (dir == null ? "" : dir + sep) + file + (ext == null ? "" : "." + ext);
	}

	/** `path` with its extension (and the dot) removed. **/
	public static function withoutExtension(path:String):String {
		var p = new Path(path);
		p.ext = null;
		return p.toString();
	}

	/** `path` with its directory removed. **/
	public static function withoutDirectory(path:String):String {
		var p = new Path(path);
		p.dir = null;
		return p.toString();
	}

	/** The directory of `path`, or `""` when it has none. **/
	public static function directory(path:String):String {
		var d = new Path(path).dir;
		return d == null ? "" : d;
	}

	/** The extension of `path`, or `""` when it has none. **/
	public static function extension(path:String):String {
		var e = new Path(path).ext;
		return e == null ? "" : e;
	}

	/** `path` with its extension set to `ext`. **/
	public static function withExtension(path:String, ext:Null<String>):String {
		var p = new Path(path);
		p.ext = ext;
		return p.toString();
	}

	/** Joins the non-empty items of `paths` with `/` and normalizes the result. **/
	public static function join(paths:Array<String>):String {
		var parts = paths.filter(s -> s != null && s != "");
		if (parts.length == 0)
			return "";
		var out = parts[0];
		for (i in 1...parts.length)
			out = addTrailingSlash(out) + parts[i];
		return normalize(out);
	}

	/**
		Cleans `path` up: backslashes become slashes, repeated and trailing
		slashes disappear, and `.` and `..` segments are resolved where
		possible.
	**/
	public static function normalize(path:String):String {
		var unified = path.split("\\").join("/");
		if (unified == "")
			return "";
		var absolute = StringTools.startsWith(unified, "/");
		var stack:Array<String> = [];
		for (seg in unified.split("/")) {
			if (seg == "" || seg == ".")
				continue;
			if (seg == ".." && stack.length > 0 && stack[stack.length - 1] != "..")
				stack.pop();
			else if (seg == ".." && absolute)
				continue;
			else
				stack.push(seg);
		}
		return (absolute ? "/" : "") + stack.join("/");
	}

	/** `path` ending with exactly one separator (the kind it already uses). **/
	public static function addTrailingSlash(path:String):String {
		if (path.length == 0)
			return "/";
		var last = path.charAt(path.length - 1);
		if (last == "/" || last == "\\")
			return path;
		return path + (path.lastIndexOf("\\") > path.lastIndexOf("/") ? "\\" : "/");
	}

	/** `path` without any separators at its end. **/
	public static function removeTrailingSlashes(path:String):String {
		var end = path.length;
		while (end > 0 && (path.charAt(end - 1) == "/" || path.charAt(end - 1) == "\\"))
			end--;
		return path.substr(0, end);
	}

	/** Whether `path` starts at a root: `/`, `\\` or a drive like `C:`. **/
	public static function isAbsolute(path:String):Bool {
		if (StringTools.startsWith(path, "/") || StringTools.startsWith(path, "\\"))
			return true;
		return path.length >= 2 && path.charAt(1) == ":";
	}
}
