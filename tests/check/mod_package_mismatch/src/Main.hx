import tools.Tool;

class Main {
	static function main() {
		new Tool();
	}
}
