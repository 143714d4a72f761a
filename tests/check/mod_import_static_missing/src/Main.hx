import Math.nope;

class Main {
	static function main() {}
}
