@:allow(Friend)
class Safe {
	static var secret = 1;
}

class Friend {}

class Main {
	static function main() {
		var n = Safe.secret;
	}
}
