// haxe reports no reference to a catch variable, at its declaration or at its uses; nor
// to trace.
class Catches {
	static function main() {
		try {
			throw "x";
		} catch (e{-1-}:haxe.Exception) {
			trace(e.message);
			tr{-2-}ace(e{-3-});
		}
		try {
			throw 1;
		} catch (ei{-4-}:Int) {
			var k = ei + ei{-5-};
			trace(k);
		}
		try {
			throw 1;
		} catch (ed:Dynamic) {
			var f = function() return ed{-6-};
			trace(f());
		}
		try {
			throw 1;
		} catch (ea:Any) {
			trace(ea{-7-});
		}
	}
}
