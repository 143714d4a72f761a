package app;

class Start {
	static function main() {
		trace("start");
	}
}
