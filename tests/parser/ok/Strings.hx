class Strings {
	static function main() {
		var name = "world";
		var n = 3;
		var a = 'Hello $name!';
		var b = 'Sum: ${n + 1}, obj: ${{x: 1}.x}, str: ${"in" + "side"}, nested: ${'q$n'}';
		var c = 'dollar $$ and ${ /* comment */ n }';
		var d = "é😀 unicode";
		var e = 'multi
line';
		trace(a, b, c, d, e);
	}
}
