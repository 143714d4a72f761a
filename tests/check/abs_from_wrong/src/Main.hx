abstract Id(Int) from Int {}

class Main {
	static function main() {
		var id:Id = "forty";
	}
}
