class Main {
	static function main() {
		var a = [];
		a.push(1);
		a.push("x");
	}
}
