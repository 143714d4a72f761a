package util;

class Text {
	public static function shout(s:String):String {
		return s.toUpperCase() + "!";
	}
}
