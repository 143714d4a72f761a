class StaticsBesideSwitch {
	static function main() {
		var v = 1;
		switch (v) {
			case 0:
				trace("zero");
			case other:
				trace(other);
		}
		Std.{-1-}
	}
}
