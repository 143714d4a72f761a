typedef R = {next:R, v:Int}
class Main {
	static function main() {
		var r:R = null;
		var i:Int = r.next.next.v;
		var s:String = r.next.next.v;
	}
}
