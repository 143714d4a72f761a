package pack;

class Sibling {
	static function f() {
		Util.{-1-}
	}
}
