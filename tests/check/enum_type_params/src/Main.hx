enum Result<T, E> {
	Ok(value:T);
	Err(error:E);
}

class Main {
	static function parse(s:String):Result<Int, String> {
		var n = Std.parseInt(s);
		return n == null ? Err("bad: " + s) : Ok(n);
	}

	static function main() {
		switch parse("12") {
			case Ok(v):
				var i:Int = v;
			case Err(e):
				var s:String = e;
		}
	}
}
