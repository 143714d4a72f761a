package pack;

abstract Ab(Int) from Int {
	public function new(x:Int) this = x;
	public var twice(get, never):Int;
	function get_twice() return this * 2;
	public static var ZERO:Int = 0;
	public static function of(i:Int):Ab return new Ab(i);
	public function add(o:Ab):Ab return new Ab(this + o.twice);
	public function touch() {}
	function hidden():Int return this;
}
