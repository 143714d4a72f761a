{-1-}class ErrorArgumentUnify {
	static function take(i:Int, ?s:String) {}

	static function main() {
		take("s");
		take(1, 2);
		var a = [1];
		a.push("s");
	}
}
