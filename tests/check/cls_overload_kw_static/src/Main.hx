class Main {
  static function main() {
    var a:String = Foo.f(1);
    var b:Int = Foo.f("x");
    var c = Foo.f(1.5);
    $type(c);
    $type(Foo.f(1));
    Foo.f(true);
  }
}
extern class Foo {
  overload static function f(x:Int):String;
  overload static function f(x:Float):Float;
  overload static function f(x:String):Int;
}
