import tools.Missing;

class Main {
	static function main() {}
}
