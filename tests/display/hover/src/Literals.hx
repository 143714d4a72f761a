class Literals {
	static function main():Void {
		var a = 1{-1-}2;
		var b = 1.{-2-}5;
		var c = "st{-3-}r";
		var f = tr{-4-}ue;
		var h = 0x{-5-}1F;
		var big = 30000{-6-}00000;
		var neg = -{-7-}3;
		take(4{-8-}2);
	}

	static function take(x:Float) {}
}
