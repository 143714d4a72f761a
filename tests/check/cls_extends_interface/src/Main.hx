interface Named {}

class Thing extends Named {}

class Main {
	static function main() {}
}
