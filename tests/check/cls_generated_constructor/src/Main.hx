class A { var x = 1; }
class B extends A {}
class C { public function new(i:Int) {} }
class D extends C { var y = 2; }
class E { var z:Int; }
class F { var p(default, null):Int = 3; }
class Main {
	static function g(v:Int) {}
	static function main() {
		new A(1);
		var b:B = new B();
		new D(1);
		new D();
		g(new E());
		new F();
		var a = new A();
		a.x;
	}
}
