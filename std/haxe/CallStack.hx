/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	One frame of a call stack.
**/
enum StackItem {
	/** Code outside Haxe, such as a native library function. **/
	CFunction;

	/** Top-level code of module `m`. **/
	Module(m:String);

	/** A source position, with the frame `s` it belongs to when known. **/
	FilePos(s:Null<StackItem>, file:String, line:Int, ?column:Int);

	/** A method `method` of the class `classname`. **/
	Method(classname:Null<String>, method:String);

	/** An anonymous local function, numbered `v` when known. **/
	LocalFunction(?v:Int);
}

/**
	A list of stack frames, innermost first. Targets without stack
	introspection report empty stacks.
**/
@:allow(haxe.Exception)
@:using(haxe.CallStack)
abstract CallStack(Array<StackItem>) from Array<StackItem> {
	/**
		Number of frames.
	**/
	public var length(get, never):Int;

	inline function get_length():Int
		return this.length;

	/**
		The frames active at the point of the call.
	**/
	public static function callStack():Array<StackItem> {
		return [];
	}

	/**
		The frames recorded for the exception currently being handled. With
		`fullStack`, frames above the catching function are kept as well.
	**/
	public static function exceptionStack(fullStack = false):Array<StackItem> {
		return [];
	}

	/**
		Formats `stack` as lines of text, one frame per line.
	**/
	static public function toString(stack:CallStack):String {
		var out = new StringBuf();
		for (frame in stack.asArray()) {
			out.add("\nCalled from ");
			describe(out, frame);
		}
		return out.toString();
	}

	/**
		Removes from this stack the frames it has in common with `stack`,
		leaving what is specific to this one.
	**/
	public function subtract(stack:CallStack):CallStack {
		var mine = this.copy();
		var theirs = stack.asArray();
		var a = mine.length - 1;
		var b = theirs.length - 1;
		while (a >= 0 && b >= 0 && Std.string(mine[a]) == Std.string(theirs[b])) {
			a--;
			b--;
		}
		return mine.slice(0, a + 1);
	}

	/**
		An independent copy of the frames.
	**/
	public inline function copy():CallStack {
		return this.copy();
	}

	/**
		The frame at `index`.
	**/
	@:arrayAccess public inline function get(index:Int):StackItem {
		return this[index];
	}

	inline function asArray():Array<StackItem> {
		return this;
	}

	static function describe(out:StringBuf, item:StackItem):Void {
		switch (item) {
			case CFunction:
				out.add("a C function");
			case Module(m):
				out.add("module " + m);
			case FilePos(parent, file, line, column):
				if (parent != null) {
					describe(out, parent);
					out.add(" (");
				}
				out.add(file + " line " + line);
				if (column != null)
					out.add(" column " + column);
				if (parent != null)
					out.add(")");
			case Method(cls, name):
				out.add((cls == null ? "<unknown>" : cls) + "." + name);
			case LocalFunction(n):
				out.add("local function #" + n);
		}
	}
}
