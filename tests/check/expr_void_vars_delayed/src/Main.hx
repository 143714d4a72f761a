class Main {
	static function f() {}
	static function main() {
		var s:String = 1;
		var v:Void = null;
		var w = f();
		var a:Void, b:Void;
		trace(2);
		var q:String = 3;
	}
	static function other() {
		var z:String = 4;
	}
}
