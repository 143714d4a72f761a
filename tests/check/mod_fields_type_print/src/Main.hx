function pair<T>(a:T, b:T):Array<T> {
	return [a, b];
}

var names = ["a"];

class Main {
	static function main() {
		$type(pair);
		$type(names);
		$type(Main_Fields_);
		var x:Int = pair(1, 2);
	}
}
