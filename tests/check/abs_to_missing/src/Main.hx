abstract Id(Int) from Int {}

class Main {
	static function main() {
		var id:Id = 42;
		var s:String = id;
	}
}
