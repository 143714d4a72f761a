import shapes.Shape;

class Hints<T> extends Shape<T> {
	var field:Fl{-1-}oat;
	var other:{-2-}Int;
	static var shared:Str{-3-}ing;

	function member<X>(x:X) {
		var a:In{-4-}t = 1;
		var b:{-5-}String = "";
	}

	static function stat() {
		var c:Sha{-6-}pe<Int> = null;
		var d:Bo{-7-}ol = true;
		var e:{-8-}Bool = false;
	}
}
