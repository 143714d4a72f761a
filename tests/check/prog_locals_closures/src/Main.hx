class Main {
	static function main() {
		var a = [];
		a.push(1);
		var s:String = a[0];
		var b = [1, 2, 3];
		for (x in b) trace(x);
		for (i in 0...10) { var j:String = i; }
		var o = {x: 1, y: "a"};
		var n:Int = o.y;
		o.z;
		var f = function(x:Int) return x + 1;
		var r:String = f(2);
		f("a");
		f(1, 2);
		f();
	}
}
