class Main {
	static function main() {
		var x:Int = "s";
	}
}
class A {
	var a:Nope1;
}
class B {
	var b:Nope2;
}
