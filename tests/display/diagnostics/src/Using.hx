{-1-}using StringTools;

class Using {
	static function main() {
		trace("x");
	}
}
