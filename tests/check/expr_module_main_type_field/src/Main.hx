class Main {
	static function main() {
		var none = haxe.ds.Option.None;
		var some = haxe.ds.Option.Some("x");
		$type(none);
		$type(some);
		var n:Int = haxe.ds.Option.Some(1);
	}
}
