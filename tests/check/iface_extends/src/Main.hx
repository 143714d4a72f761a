interface Named {
	var name(get, never):String;
}

interface Greeter extends Named {
	function greet():String;
}

class Person implements Greeter {
	public var name(get, never):String;

	public function new() {}

	function get_name()
		return "ann";

	public function greet()
		return "hi " + name;
}

class Main {
	static function main() {
		var g:Greeter = new Person();
		var n:Named = g;
		var s:String = n.name + g.greet();
	}
}
