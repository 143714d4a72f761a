class NotYet {
	static function main():Void {
		var inferred = 1;
		trace(inferred{-1-});
		trace{-2-}(1);
		f{-3-}(null);
		var a:Array<Int> = [];
		a.map(x -> x);
	}

	static function f(?o:String):Void {
		trace(o{-4-});
	}
}
