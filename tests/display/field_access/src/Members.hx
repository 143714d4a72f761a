import haxe.ds.StringMap;

class Members {
	var names:Array<String>;
	static var cache:StringMap<Int> = new StringMap();
	var label = "x";
	var parent:Array<Int>;

	public function new() {
		names = [];
		names.{-1-}
	}

	function run() {
		cache.{-2-}
		label.{-3-}
		parent.{-4-}
	}
}
