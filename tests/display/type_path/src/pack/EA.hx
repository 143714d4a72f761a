package pack;

enum abstract EA(String) to String {
	var One = "one";
	/** The second value. */
	var Two = "two";
	private var Secret = "s";
	public static function all():Array<EA> return [One, Two];
	static function hidden():Void {}
}
