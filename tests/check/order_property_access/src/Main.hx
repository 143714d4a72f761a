import A;
class Main {
	static function main() { new A().x = 1; }
}
