class Main {
	static function find(a:Array<Int>, v:Int):Null<Int> {
		for (i in 0...a.length)
			if (a[i] == v)
				return i;
		return null;
	}

	static function main() {
		var r = find([1, 2], 2);
		var n:Int = r == null ? -1 : r;
		var s:Null<String> = null;
	}
}
