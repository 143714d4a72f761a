/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	Access to the operating system from targets that have one (those that
	define `sys`): process arguments, environment, working directory, time,
	standard streams and running commands.
**/
@:require(sys)
extern class Sys {
	/** Writes the text form of `v` to standard output. **/
	static function print(v:Dynamic):Void;

	/** Writes the text form of `v` and a line break to standard output. **/
	static function println(v:Dynamic):Void;

	/** The command line arguments the program received, without its own name. **/
	static function args():Array<String>;

	/** The value of environment variable `s`, or `null` if unset. **/
	static function getEnv(s:String):String;

	/** Sets environment variable `s` to `v` for this process and its children. **/
	static function putEnv(s:String, v:String):Void;

	/** A snapshot of every environment variable. **/
	static function environment():Map<String, String>;

	/** Pauses the current thread for `seconds` (fractions allowed). **/
	static function sleep(seconds:Float):Void;

	/** Switches the locale used for formatting times; tells whether it worked. **/
	static function setTimeLocale(loc:String):Bool;

	/** The current working directory, ending with a separator. **/
	static function getCwd():String;

	/** Makes `s` the current working directory. **/
	static function setCwd(s:String):Void;

	/** The operating system family: `"Windows"`, `"Linux"`, `"BSD"` or `"Mac"`. **/
	static function systemName():String;

	/**
		Runs `cmd` and waits for it, giving its exit code. With `args`, the
		arguments are passed without shell interpretation; without, `cmd` is
		handed to the shell.
	**/
	static function command(cmd:String, ?args:Array<String>):Int;

	/** Ends the process with exit status `code`. **/
	static function exit(code:Int):Void;

	/** Seconds since the Unix epoch, with sub-second precision. **/
	static function time():Float;

	/** Processor time used by this process, in seconds. **/
	static function cpuTime():Float;

	/** Old name of `programPath`. **/
	@:deprecated("Use programPath instead") static function executablePath():String;

	/** Absolute path of the running program or script. **/
	static function programPath():String;

	/** Reads one character from the console, echoing it when `echo` is set. **/
	static function getChar(echo:Bool):Int;

	/** The process's standard input. **/
	static function stdin():haxe.io.Input;

	/** The process's standard output. **/
	static function stdout():haxe.io.Output;

	/** The process's standard error. **/
	static function stderr():haxe.io.Output;
}
