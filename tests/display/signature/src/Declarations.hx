class Declarations {
	static var limit:Int = 10{-1-};
	var name:Map<String, {-2-}Int> = new Map();
	static var flag = true{-3-};

	static function main():Void {}

	function typed(a:Int,{-4-} b:String):Void {}
}
