/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.io;

/**
	A child process with pipes to its standard streams.
**/
extern class Process {
	/** What the process writes to its standard output. **/
	var stdout(default, null):haxe.io.Input;

	/** What the process writes to its standard error. **/
	var stderr(default, null):haxe.io.Input;

	/** The process's standard input. **/
	var stdin(default, null):haxe.io.Output;

	/**
		Starts `cmd`. With `args`, they are passed as-is without a shell;
		without, `cmd` is run by the shell. A `detached` process is not
		waited for.
	**/
	function new(cmd:String, ?args:Array<String>, ?detached:Bool):Void;

	/** The operating system's id for the process. **/
	function getPid():Int;

	/**
		The exit status. When `block` is false and the process still runs,
		gives `null` instead of waiting.
	**/
	function exitCode(block:Bool = true):Null<Int>;

	/** Releases the pipes and handle. **/
	function close():Void;

	/** Terminates the process. **/
	function kill():Void;
}
