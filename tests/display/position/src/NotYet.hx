import pack.Util;

class NotYet {
	static function main():Void {
		var x = 1;
		trace(x{-1-});
		Util.tw{-2-}ice(1);
	}
}
