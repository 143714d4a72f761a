class Main {
	static function main() {
		var p = {name: "ann", age: 30};
		var s:String = switch p {
			case {name: "bob"}: "bob";
			case {name: n, age: a} if (a > 18): n + " adult";
			case {name: n}: n;
		}
	}
}
