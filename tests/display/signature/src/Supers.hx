class SuperBase {
	/** Builds the base. */
	public function new(a:Int, b:String) {}
}

class SuperMid extends SuperBase {}

class SuperGen<T> {
	public function new(v:T, n:Int) {}
}

class Supers extends SuperBase {
	public function new() {
		super({-1-}1, {-2-}"s");
	}
}

class SupersMid extends SuperMid {
	public function new() {
		super(1, {-3-}"s");
	}
}

class SupersGen extends SuperGen<String> {
	public function new() {
		super({-4-}"x", 2);
	}
}

interface SuperFace {
	/** Face doc. */
	function face(x:Int):Void;
}

class SuperImpl extends SuperBase implements SuperFace {
	public function new() {
		super(1, "s");
	}

	/** Own doc. */
	public function own(q:String):Void {}

	public function face(x:Int):Void {}
}

class SuperUse extends SuperImpl {
	static function main() {
		new SuperMid({-5-}1, "s");
		var u = new SuperUse();
		u.own({-6-}"q");
		u.face({-7-}1);
		var i:SuperFace = u;
		i.face({-8-}2);
	}
}
