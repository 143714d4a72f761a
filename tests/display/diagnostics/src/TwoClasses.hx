{-1-}import haxe.ds.IntMap;

class TwoClasses {
	static function main() {
		var h = new Helper();
		h.run();
	}
}

class Helper {
	public function new() {}

	public function run() {
		var m = new IntMap<String>();
		var unused = 0;
		trace(m);
	}
}
