import lib.Broken;

class Main {
	static function main() {}
}
