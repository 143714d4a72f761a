static function f() {}

class Main {
	static function main() {}
}
