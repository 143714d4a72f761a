package haxe;

class Timer {
	public static function stamp():Float return 1.5;
	public static function delay(f:Void->Void, ms:Int):Timer return null;
}
