class Main {
  static function main() {
    $type(Foo.f(1));
    $type(Foo.f(1, "a"));
    Foo.f();
    Foo.f(1, 2, 3);
    Foo.f("a", "b");
    var s = new Sub();
    $type(s.g(1));
    $type(s.g("x"));
  }
}
extern class Foo {
  overload static function f(x:Int):String;
  overload static function f(x:Int, y:String):Int;
}
extern class Base {
  function new();
  overload function g(x:Int):String;
  overload function g(x:String):Int;
}
class Sub extends Base {}
