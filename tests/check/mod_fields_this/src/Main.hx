function f() {
	return this;
}

class Main {
	static function main() {}
}
