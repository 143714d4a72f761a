using StringTools;
class Main {
	static function main() {
		trace(" a ".trim());
	}
}
