// Signatures of calls after a statement haxe reports an error in, and types past.
class AfterErrors {
	static function f() {
		var a = [];
		Std.parseInt(1);
		a.push({-1-}1);
	}
	static function g() {
		var s:String = 1;
		s.charAt({-2-}0);
	}
	static function h() {
		undefinedFn(1);
		Math.max({-3-}1, 2);
	}
	static function i() {
		var t = Std.parseInt(1);
		Std.string({-4-}t);
		new haxe.ds.StringMap<Int>().set({-5-}"a", 1);
	}
	static function main() {}
}
