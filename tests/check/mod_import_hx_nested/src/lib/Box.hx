package lib;

class Box {
	public static var count:Int = 0;
	static var hidden:Int = 1;
}

class Inner {
	public static function make():Int return 1;
}

private class Secret {}
