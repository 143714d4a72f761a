package pack;

private class Hidden {
	public function new() {}
}

private typedef HiddenShape = {a:Int};

private enum HiddenEnum {
	A;
	B(x:Hidden);
}

private abstract HiddenAbstract(Int) {}

class Secret {
	public static function make():Hidden
		return null;

	public static var shape:HiddenShape;

	public static function all(x:HiddenEnum):Array<HiddenAbstract>
		return [];

	public static function map(cb:Hidden->HiddenShape):Null<Hidden>
		return null;

	public static var made = new Hidden();
}
