class Main {
	static function start() {}
}
