class Main {
	static function area(s:deep.Kinds.Shape):Float return 0;
	static function main() {
		var s:deep.Kinds.Shape = Circle(2);
		area(Rect(1, 2));
		var o:haxe.ds.Option<Int> = Some(3);
		var n:haxe.ds.Option<Int> = None;
		var bad:deep.Kinds.Shape = Square(1);
		var s2:String = Circle(1);
	}
}
