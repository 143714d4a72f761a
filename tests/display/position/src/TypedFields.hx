class Base {
	public var size:Int = 0;
	public function grow() {}
	public static function make() return new Sub();
}

class Sub extends Base {
	public var extra = "x";
	public function new() {}
}

class TypedFields {
	static function main():Void {
		[1].le{-1-}ngth;
		Base.make().si{-2-}ze;
		Base.make().gr{-3-}ow();
		var s = new Sub();
		s.ex{-4-}tra;
		s.si{-5-}ze;
		"abc".toUpper{-6-}Case();
		var x = 1;
		x.fo{-7-}o;
		s.mis{-8-}sing;
		s.grow{-9-}();
	}
}
