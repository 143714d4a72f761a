/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

import haxe.macro.Compiler;

/**
	How the compilation server decides whether a cached module is still
	valid.
**/
enum abstract ModuleCheckPolicy(Int) {
	/** Do not compare file modification times. **/
	var NoCheckFileTimeModification = 0;

	/** When the modification time changed, compare the content too before reparsing. **/
	var CheckFileContentModification = 1;

	/** Do not re-check the modules this one depends on. **/
	var NoCheckDependencies = 2;

	/** Do not check whether a new file now shadows the module. **/
	var NoCheckShadowing = 3;
}

/**
	Which compilation contexts a server setting applies to.
**/
enum abstract ContextOptions(Int) {
	/** Only the normal (target) context. **/
	var NormalContext = 0;

	/** Only the macro context. **/
	var MacroContext = 1;

	/** Both contexts. **/
	var NormalAndMacroContext = 2;
}

/**
	Settings for the compilation server (`haxe --wait`), meant for
	initialization macros such as `--macro haxe.macro.CompilationServer...`.
**/
class CompilationServer {
	#if (macro || display)
	/**
		Applies the checks `policy` to the modules whose dotted path starts
		with one of `pathFilters` (or equals it, without `recursive`), in the
		contexts selected by `contextOptions`.
	**/
	static public function setModuleCheckPolicy(pathFilters:Array<String>, policy:Array<ModuleCheckPolicy>, ?recursive:Bool = true,
			?contextOptions:ContextOptions = NormalContext):Void {
		@:privateAccess Compiler.load("server_add_module_check_policy", 4)(pathFilters, policy, recursive, contextOptions);
	}

	/** Drops the cached state of the files `filePaths`, as if they had changed. **/
	static public function invalidateFiles(filePaths:Array<String>):Void {
		@:privateAccess Compiler.load("server_invalidate_files", 1)(filePaths);
	}
	#end
}
