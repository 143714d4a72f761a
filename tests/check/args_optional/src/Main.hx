class Main {
	static function greet(name:String, ?greeting:String):String {
		return (greeting == null ? "hi" : greeting) + " " + name;
	}

	static function pad(s:String, ?width:Int, ?ch:String):String {
		return s;
	}

	static function main() {
		var a:String = greet("ann");
		var b:String = greet("bob", "hey");
		var c = pad("x", "-");
	}
}
