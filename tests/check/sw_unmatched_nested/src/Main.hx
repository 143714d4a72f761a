enum Opt {
	Some(v:Bool);
	None;
}

class Main {
	static function main() {
		var o = Some(true);
		var n = switch o {
			case Some(true): 1;
			case None: 0;
		}
	}
}
