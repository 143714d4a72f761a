using util.Ext;

class Main {
	static function main() {
		var n:Int = 5.double();
		var s:String = "ab".repeat(3);
	}
}
