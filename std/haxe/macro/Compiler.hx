/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

import haxe.macro.Expr;

/**
	Compiler configuration from macros, typically from `--macro` arguments:
	flags, class paths, inclusion and exclusion of packages, metadata
	injection and null safety.
**/
class Compiler {
	/**
		The value of compiler flag `key` as a constant expression: `"1"` for a
		flag set without value, `null` for an unset flag. Usable from normal
		code; inside macros use `Context.definedValue`.
	**/
	macro /* <-- ! */ static public function getDefine(key:String) {
		return macro $v{haxe.macro.Context.definedValue(key)};
	}

	#if (neko || (macro && hl) || (macro && eval))
	static var ident = ~/^[A-Za-z_][A-Za-z0-9_]*$/;
	static var path = ~/^[A-Za-z_][A-Za-z0-9_.]*$/;

	/** Lets code use the platform package `v` while targeting another platform. **/
	public static function allowPackage(v:String):Void {
		load("allow_package", 1)(v);
	}

	/**
		Sets compiler flag `flag` (to `value`, or `"1"`). Meant for
		initialization macros.
	**/
	public static function define(flag:String, ?value:String):Void {
		load("define", 2)(flag, value);
	}

	static function checkTarget(className:String, ?field:String):Void {
		if (!path.match(className))
			throw "Invalid " + className;
		if (field != null && !ident.match(StringTools.startsWith(field, "$") ? field.substr(1) : field))
			throw "Invalid " + field;
	}

	/** Deletes field `field` (static with `isStatic`) of class `className`. **/
	public static function removeField(className:String, field:String, ?isStatic:Bool):Void {
		checkTarget(className, field);
		load("type_patch", 4)(className, field, isStatic == true, null);
	}

	/** Gives field `field` of class `className` the type written as `type`. **/
	public static function setFieldType(className:String, field:String, type:String, ?isStatic:Bool):Void {
		checkTarget(className, field);
		load("type_patch", 4)(className, field, isStatic == true, type);
	}

	/** Attaches metadata `meta` (such as `"@:keep"`) to a class, or to one of its fields. **/
	public static function addMetadata(meta:String, className:String, ?field:String, ?isStatic:Bool):Void {
		checkTarget(className, field);
		load("meta_patch", 4)(meta, className, field, isStatic == true);
	}

	/** Adds the class path `path`. Meant for initialization macros. **/
	public static function addClassPath(path:String):Void {
		load("add_class_path", 1)(path);
	}

	/** The output file or directory of the compilation. **/
	public static function getOutput():String {
		return load("get_output", 0)();
	}

	/** Changes the output file or directory. **/
	public static function setOutput(fileOrDir:String):Void {
		load("set_output", 1)(fileOrDir);
	}

	/** The file and offset of the display request, if this is a display compilation. **/
	public static function getDisplayPos():Null<{file:String, pos:Int}> {
		return load("get_display_pos", 0)();
	}

	/** Adds a native library, as the target's library option would. **/
	public static function addNativeLib(name:String):Void {
		load("add_native_lib", 1)(name);
	}

	/** Passes `argument` on to the target's native compiler. **/
	public static function addNativeArg(argument:String):Void {
		load("add_native_arg", 1)(argument);
	}

	/**
		Adds every module of package `pack` (and, with `rec`, of its
		sub-packages) to the compilation. `ignore` lists module paths to skip,
		a trailing `*` matching any suffix; `classPaths` replaces the class
		paths searched. With `strict`, a package found nowhere is an error.
		Display requests other than usage searches skip the inclusion.
	**/
	public static function include(pack:String, ?rec = true, ?ignore:Array<String>, ?classPaths:Array<String>, strict = false):Void {
		function ignored(module:String):Bool {
			if (ignore == null)
				return false;
			for (rule in ignore) {
				if (StringTools.endsWith(rule, "*") ? StringTools.startsWith(module, rule.substr(0, rule.length - 1)) : module == rule)
					return true;
			}
			return false;
		}
		if (classPaths == null) {
			var display = Context.definedValue("display");
			if (display != null && display != "usage")
				return;
			classPaths = [
				for (cp in Context.getClassPath()) {
					var p = haxe.io.Path.removeTrailingSlashes(StringTools.replace(cp, "\\", "/"));
					p == "" ? "." : p;
				}
			];
		}
		var found = false;
		var prefix = pack == "" ? "" : pack + ".";
		for (cp in classPaths) {
			var dir = pack == "" ? cp : cp + "/" + pack.split(".").join("/");
			if (!sys.FileSystem.exists(dir) || !sys.FileSystem.isDirectory(dir))
				continue;
			found = true;
			for (entry in sys.FileSystem.readDirectory(dir)) {
				var full = dir + "/" + entry;
				if (StringTools.endsWith(entry, ".hx")) {
					var name = entry.substr(0, entry.length - 3);
					if (name.indexOf(".") < 0 && entry != "import.hx" && !ignored(prefix + name))
						Context.getModule(prefix + name);
				} else if (rec && sys.FileSystem.isDirectory(full) && !ignored(prefix + entry)) {
					include(prefix + entry, true, ignore, classPaths);
				}
			}
		}
		if (strict && !found)
			Context.error('Package "$pack" was not found in any of class paths', Context.currentPos());
	}

	static function excludeBaseType(t:Type.BaseType):Void {
		if (t.isExtern)
			return;
		if (!t.meta.has(":nativeGen"))
			t.meta.add(":hxGen", [], t.pos);
		t.exclude();
	}

	static function forGeneratedTypes(select:(name:String, t:Type.BaseType) -> Bool, persistent:Bool):Void {
		Context.onGenerate(function(types) {
			for (t in types) {
				switch (t) {
					case TInst(c, _):
						if (select(c.toString(), c.get()))
							excludeBaseType(c.get());
					case TEnum(e, _):
						if (select(e.toString(), e.get()))
							excludeBaseType(e.get());
					case _:
				}
			}
		}, persistent);
	}

	/**
		Leaves the class or enum `pack`, or every class and enum of package
		`pack` (and, with `rec`, its sub-packages), out of the output; they
		are treated as `extern`.
	**/
	public static function exclude(pack:String, ?rec = true):Void {
		forGeneratedTypes(function(name, t) {
			var p = t.pack.join(".");
			return p == pack || name == pack || (rec && StringTools.startsWith(p, pack + "."));
		}, false);
	}

	/** Like `exclude`, for the type paths listed one per line in `fileName`. **/
	public static function excludeFile(fileName:String):Void {
		var listed = new Map<String, Bool>();
		for (line in sys.io.File.getContent(Context.resolvePath(fileName)).split("\n")) {
			var l = StringTools.trim(line);
			if (l != "")
				listed.set(l, true);
		}
		forGeneratedTypes((name, _) -> listed.exists(name), true);
	}

	/**
		Applies the type patch file `file`: lines `-[static ]pack.Class.field`
		remove a field, `@meta pack.Class[.field]` add metadata, and
		`[static ]pack.Class.field : Type` change a field's type.
	**/
	public static function patchTypes(file:String):Void {
		for (line in sys.io.File.getContent(Context.resolvePath(file)).split("\n")) {
			var r = StringTools.trim(line);
			if (r == "" || StringTools.startsWith(r, "//"))
				continue;
			if (StringTools.endsWith(r, ";"))
				r = r.substr(0, r.length - 1);
			if (StringTools.startsWith(r, "-")) {
				r = r.substr(1);
				var isStatic = StringTools.startsWith(r, "static ");
				var parts = (isStatic ? r.substr(7) : r).split(".");
				var field = parts.pop();
				removeField(parts.join("."), field, isStatic);
			} else if (StringTools.startsWith(r, "@")) {
				var space = r.indexOf(" ");
				var meta = r.substr(0, space);
				var target = StringTools.trim(r.substr(space + 1));
				var isStatic = StringTools.startsWith(target, "static ");
				if (isStatic)
					target = target.substr(7);
				var parts = target.split(".");
				var last = parts[parts.length - 1];
				var isField = last.charAt(0) == last.charAt(0).toLowerCase() && parts.length > 1;
				if (isField) {
					parts.pop();
					addMetadata(meta, parts.join("."), last, isStatic);
				} else
					addMetadata(meta, target);
			} else {
				var isStatic = StringTools.startsWith(r, "static ");
				if (isStatic)
					r = r.substr(7);
				var colon = r.indexOf(":");
				var parts = StringTools.trim(r.substr(0, colon)).split(".");
				var field = parts.pop();
				setFieldType(parts.join("."), field, StringTools.trim(r.substr(colon + 1)), isStatic);
			}
		}
	}

	/**
		Keeps the given packages, modules or types (and, with `recursive`,
		sub-packages) from dead code elimination.
	**/
	public static function keep(?path:String, ?paths:Array<String>, ?recursive:Bool = true):Void {
		var all = paths == null ? [] : paths.copy();
		if (path != null)
			all.push(path);
		for (p in all)
			addGlobalMetadata(p, "@:keep", recursive, true, true);
	}

	/** Turns on null safety in `mode` for the type or package `path`. **/
	public static function nullSafety(path:String, mode:NullSafetyMode = Loose, recursive:Bool = true):Void {
		addGlobalMetadata(path, '@:nullSafety($mode)', recursive);
	}

	/**
		Attaches metadata `meta` to every type (`toTypes`) and/or field
		(`toFields`) whose dotted path is `pathFilter` or, with `recursive`,
		starts with it. Types loaded before the call are not affected.
	**/
	public static function addGlobalMetadata(pathFilter:String, meta:String, ?recursive:Bool = true, ?toTypes:Bool = true, ?toFields:Bool = false):Void {
		load("add_global_metadata_impl", 5)(pathFilter, meta, recursive, toTypes, toFields);
	}

	/** Replaces the JavaScript generator with `callb`. **/
	public static function setCustomJSGenerator(callb:JSGenApi->Void):Void {
		load("set_custom_js_generator", 1)(callb);
	}

	static inline function load(f:String, nargs:Int):Dynamic {
		return @:privateAccess Context.load(f, nargs);
	}

	/** Forgets cached file system lookups. **/
	public static function flushDiskCache():Void {
		load("flush_disk_cache", 0)();
	}
	#end

	#if (js || lua || macro)
	/**
		Embeds the JavaScript or Lua file `file` in the output, at the start
		of the file (`Top`), inside the top-level closure (`Closure`) or at
		the call (`Inline`).
	**/
	public static #if !macro macro #end function includeFile(file:String, position:IncludePosition = Top) {
		var pos = Context.currentPos();
		return switch ((position : String).toLowerCase()) {
			case Inline:
				if (Context.getLocalModule() == "")
					Context.error("Cannot use inline mode when includeFile is called by `--macro`", pos);
				var code = try sys.io.File.getContent(Context.resolvePath(file)) catch (e:Dynamic) Context.error(Std.string(e), pos);
				if (Context.defined("js")) macro @:pos(pos) js.Syntax.plainCode($v{code}); else macro @:pos(pos) untyped __lua__($v{code});
			case Top | Closure:
				@:privateAccess Context.includeFile(file, position);
				macro {};
			case _:
				Context.error("unknown includeFile position: " + position, pos);
		}
	}
	#end
}

/**
	Where `Compiler.includeFile` puts the embedded code.
**/
enum abstract IncludePosition(String) from String to String {
	/** At the start of the output file. **/
	var Top = "top";

	/** At the start of the top-level closure (strict mode applies). **/
	var Closure = "closure";

	/** At the place of the call. **/
	var Inline = "inline";
}

/**
	How strictly null safety is checked.
**/
enum abstract NullSafetyMode(String) to String {
	/** No checking. **/
	var Off;

	/** A value checked against `null` stays safe afterwards, even if it could change. **/
	var Loose;

	/** A checked value stays safe only while nothing could change it. **/
	var Strict;

	/** Like `Strict`, also assuming other threads may change fields at any time. **/
	var StrictThreaded;
}
