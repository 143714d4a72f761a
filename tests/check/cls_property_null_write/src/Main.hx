class Account {
	public var balance(default, null):Int = 0;

	public function new() {}
}

class Main {
	static function main() {
		var a = new Account();
		a.balance = 10;
	}
}
