class Account {
	public var balance(default, null):Int = 0;
	public var limit(default, never):Int = 100;

	public function new() {}

	public function deposit(n:Int) {
		balance += n;
	}
}

class Main {
	static function main() {
		var a = new Account();
		a.deposit(5);
		var b:Int = a.balance + a.limit;
	}
}
