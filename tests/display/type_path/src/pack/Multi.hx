package pack;

/** A module with several types; only the public ones are listed. */
class Multi {
	/** A documented static. */
	public static var sVar:Int = 1;
	public static function sFun(a:Int, ?b:String):String return "";
	@:noCompletion public static var hiddenFromFields:Bool;
	static var priv:Int;
	public var inst:Int;
	public function new() {}
}

private class Priv {
	public static var ps:Int;
}

typedef MultiDef = {a:Int};

enum MultiEnum {
	A;
	/** Carries a value. */
	B(x:Int);
}

abstract MultiAb(Int) {}
