class Main {
	static function main() {
		var n:Int = try Std.parseInt("3") catch (e:Dynamic) 0;
	}
}
