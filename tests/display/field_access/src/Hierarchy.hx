class Base<T> {
	/** base doc */
	public var bv:T;

	/** over doc */
	public function over():Void {}

	public function plain():Void {}

	var hidden:Int;

	public function new() {}

	function fromBase(s:Sub):Void {
		s.{-1-}
	}
}

class Sub extends Base<Int> {
	public var sv:String;

	var subHidden:Bool;

	override public function over():Void {}

	/** sub plain */
	override public function plain():Void {}

	function inside(other:Sub):Void {
		other.{-2-}
	}
}

class Deeper extends Sub {
	public var list:Array<String>;
}

class Hierarchy {
	static function main():Void {
		var s:Sub = null;
		s.{-3-}
		var d:Deeper = null;
		d.{-4-}
		var b:Base<String> = null;
		b.{-5-}
	}
}
