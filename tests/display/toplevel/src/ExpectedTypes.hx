import haxe.ds.Option;

enum abstract Mode(Int) {
	var Fast = 1;
	var Slow = 2;
}

class ExpectedTypes<T> {
	var item:T;
	var count:Int;
	var label:String;
	var maybe:Null<Int>;
	var convert:Int->String;

	public function new(t:T) {
		item = t;
	}

	function text():String {
		var local = "s";
		var num = 3;
		return {-1-}null;
	}

	function values() {
		var s:String = {-2-}null;
		var o:Option<Int> = {-3-}null;
		var m:Mode = {-4-}null;
		var flag = true;
		if ({-5-}null) {}
		var num = 1;
		num += {-6-}0;
		var f:Float = {-7-}1.5;
		var same = num == {-8-}0;
		count = {-9-}null;
		var t:T = {-10-}null;
		var y = {-11-}1;
		while ({-12-}null) {}
		var n:Null<Int> = {-13-}null;
		var both = flag && {-14-}null;
		for (i in 0...3{-17-}) {}
		var beta = "b";
		var pair:{alpha:Int, beta:String} = {alpha: 1, beta: {-18-}null};
	}

	static function fields(o) {
		var a = o.x;
		o.y = 2;
		{-15-}
	}

	static function generic<S>(s:S):S {
		var mine:S = {-16-}null;
		return s;
	}
}
