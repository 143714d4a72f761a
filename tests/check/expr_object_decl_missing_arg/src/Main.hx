typedef Point = {x:Int, y:Int, z:Int};

class Main {
	static function take(p:Point) {}

	static function main() {
		take({z: 1});
		trace("after");
	}
}
