@:coreType abstract Handle from Int to Int {}

class Main {
	static function main() {
		var h:Handle = 7;
		var i:Int = h;
	}
}
