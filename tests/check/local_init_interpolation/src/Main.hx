class Main {
	static function main() {
		var name = "world";
		var count:Int;
		trace('hello $name, ${name.length} letters');
		trace('count: ${count + 1}');
		count = 2;
	}
}
