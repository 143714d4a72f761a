class Main {
  static function main() {
    var a:String = Foo.f(1);
    var b:Int = Foo.f("a");
    var o = new Foo();
    var c:Float = o.g(1.5);
    var d:Int = o.g(2);
    var e:Float = o.g(2);
    Foo.f(true);
  }
}
class Foo {
  public function new() {}
  overload public static extern inline function f(x:Int):String return "" + x;
  overload public static extern inline function f(x:String):Int return x.length;
  overload public extern inline function g(x:Float):Float return x;
  overload public extern inline function g(x:Int):Int return x;
}
