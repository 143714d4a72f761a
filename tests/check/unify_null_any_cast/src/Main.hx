class Main {
	static function main() {
		var d:haxe.DynamicAccess<Any> = {};
		var i:Int = d.get("a");
		var a:Null<Any> = null;
		var j:Int = a;
		var s:String = a;
	}
}
