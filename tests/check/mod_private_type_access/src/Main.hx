import lib.Box.Secret;

class Main {
	static function main() {
		var s:Secret = null;
	}
}
