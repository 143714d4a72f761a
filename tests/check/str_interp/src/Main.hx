class Main {
	static function main() {
		var name = "ann";
		var n = 3;
		var s:String = 'hello $name, you have ${n * 2} items, ${[1, 2].length}';
		var plain:String = "no $interp here";
	}
}
