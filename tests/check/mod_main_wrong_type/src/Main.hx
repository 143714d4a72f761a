class Program {
	static function main() {}
}
