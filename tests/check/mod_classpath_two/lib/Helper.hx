class Helper {
	public function new() {}
	public function twice(x:Int):Int {
		return x * 2;
	}
}
