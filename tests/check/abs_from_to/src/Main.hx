abstract Id(Int) from Int to Int {}

class Main {
	static function main() {
		var id:Id = 42;
		var n:Int = id;
	}
}
