class Main {
	static function main() {}
}

public var x = 1;
