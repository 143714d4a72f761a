class Main {
	static function main() {
		var x:Int = "s";
		var a:B = null;
	}
}
class A extends B {}
class B extends C {}
class C extends A {}
