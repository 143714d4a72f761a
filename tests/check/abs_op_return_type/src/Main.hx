abstract Temp(Float) {
	public inline function new(v:Float) {
		this = v;
	}

	@:op(A < B) function colder(o:Temp):String {
		return "colder";
	}

	@:op(A + B) function plus(o:Float):Array<Temp> {
		return [new Temp(this + o)];
	}

	@:op(A == B) static function same(a:Temp, b:Temp):Int {
		return 1;
	}
}

class Main {
	static function main() {
		var t = new Temp(1.5);
		var u = new Temp(2.5);
		var s:String = t < u;
		var l:Array<Temp> = t + 1.0;
		var n:Int = t == u;
		var wrong:Bool = t < u;
		var sub = t - u;
	}
}
