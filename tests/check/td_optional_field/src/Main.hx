typedef Options = {
	name:String,
	?verbose:Bool
}

typedef Limits = {
	var max:Int;
	@:optional var depth:Int;
	var ?step:Int;
}

class Main {
	static function main() {
		var a:Options = {name: "x"};
		var b:Options = {name: "y", verbose: true};
		var l:Limits = {max: 3};
		var d:Null<Int> = l.depth;
		var v:Null<Bool> = a.verbose;
	}
}
