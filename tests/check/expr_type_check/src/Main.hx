class Main {
	static function main() {
		var n = (1 : Float);
		var a = ([] : Array<String>);
		a.push("x");
	}
}
