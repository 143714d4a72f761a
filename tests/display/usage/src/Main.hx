import pack.Util;

class Main {
	static var total:Int = 0;

	static function main() {
		var u = new Ut{-1-}il();
		var v:Ut{-2-}il = u{-3-};
		var arr:Array<Util> = [u, v];
		var loc{-4-}al = 1;
		local += 2;
		loc{-5-}al++;
		trace(local);
		trace(Util.tw{-6-}ice(local));
		Util.coun{-7-}ter = 3;
		trace(u.na{-8-}me);
		var f = function(a{-9-}:Int) return a + loc{-10-}al;
		for (x{-11-} in arr)
			trace(x.name + x{-12-}.name);
		for (i in 0...3)
			to{-13-}tal += i{-14-};
		tot{-15-}al++;
		Main.total -= 1;
		var s = 'v=${u.name} $local';
		var g = f(1) + f{-16-}(2);
		function twice(n:Int) return n * 2;
		trace(tw{-17-}ice(3) + twice(4));
		var w = u;
		w.rename("y");
		trace(1{-18-} + 2);
		trace(nul{-19-}l);
		if (w != null{-20-}) trace(w);
	}

	static function helper(util:Util):Util {
		var cb:Util->Int = function(x:Util) return Util.twice(1);
		return ut{-22-}il;
	}
}
