import app.Runner;

class Main {
	static function main() {
		Runner.run();
	}
}
