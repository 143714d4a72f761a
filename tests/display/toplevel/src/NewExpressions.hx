class NewExpressions {
	static function main() {
		var str = "s";
		var map = {-1-}new haxe.ds.StringMap<Int>();
		var buf:StringBuf = {-2-}new StringBuf();
		{-3-}new StringBuf();
		var other = new{-4-} StringBuf();
		var list = {-5-}new List();
	}
}
