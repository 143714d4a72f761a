class NotYetFields {
	static function main():Void {
		var e = haxe.ds.Option.None;
		[1].le{-1-}ngth;
		var c = Type.ValueType.TInt;
		var x = 1;
		x.fo{-2-}o;
	}
}
