package deep.inner;

class Spot {
	var x:Int;

	function at() {
		{-1-}
		Sp{-2-};
	}
}

class Other {}
