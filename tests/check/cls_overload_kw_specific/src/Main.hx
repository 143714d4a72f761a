class A { public function new() {} }
class B extends A { public function new() { super(); } }
class C extends B { public function new() { super(); } }
class Main {
  static function main() {
    var f = new Foo();
    $type(f.g(new A()));
    $type(f.g(new B()));
    $type(f.g(new C()));
    $type(Foo.h(1));
    $type(Foo.h(1.5));
    $type(Foo.m(1, 1));
    var d:Dynamic = 1;
    $type(Foo.h(d));
    $type(Foo.k(1, new C()));
    $type(Foo.k(1.5, new B()));
    $type(Foo.e(E1));
    $type(Foo.e(2));
    var ni:Null<Int> = 1;
    $type(Foo.h(ni));
  }
}
enum E { E1; }
extern class Foo {
  function new();
  overload function g(x:A):String;
  overload function g(x:B):Int;
  overload static function h(x:Float):String;
  overload static function h(x:Int):Int;
  overload static function h(x:Dynamic):Bool;
  overload static function k(x:Float, y:B):String;
  overload static function k(x:Int, y:A):Int;
  overload static function m(x:Int, y:Float):String;
  overload static function m(x:Float, y:Int):Int;
  overload static function e(x:E):String;
  overload static function e(x:Int):Int;
}
