{-1-}class NotYetSwitch {
	static function main() {
		var o = Some(1);
		switch (o) {
			case Some(v):
			case None:
		}
	}
}
