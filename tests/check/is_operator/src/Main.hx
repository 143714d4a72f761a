class Main {
	static function main() {
		var v:Dynamic = 3;
		var isInt:Bool = v is Int;
		var isStr = (v is String) || (v is Array);
		if (v is Float)
			trace("num");
	}
}
