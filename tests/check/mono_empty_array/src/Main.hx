class Main {
	static function main() {
		var a = [];
		a.push("x");
		var s:String = a[0];
		var m = new Map();
		m.set(1, true);
		var b:Null<Bool> = m.get(1);
	}
}
