abstract Name(String) from String to String {
	public function shout():String {
		return this.toUpperCase();
	}
}

class Main {
	static function greet(n:Name):String {
		return "hi " + n.shout();
	}

	static function main() {
		var s:String = greet("ann");
		var back:String = (s : Name);
	}
}
