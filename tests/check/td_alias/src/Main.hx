typedef Names = Array<String>;
typedef Lookup<T> = Map<String, T>;

class Main {
	static function main() {
		var n:Names = ["a", "b"];
		var l:Lookup<Int> = ["a" => 1];
		var first:String = n[0];
	}
}
