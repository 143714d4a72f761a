typedef P = {a:Int};
class Main {
  static function main() {
    $type(Foo.s("a"));
    $type(Foo.p({a:1}));
    $type(Foo.q(function() {}));
    $type(Foo.o(1, 2));
  }
}
extern class Foo {
  overload static function s(x:Dynamic):Bool;
  overload static function s(x:String):Int;
  overload static function p(x:P):Bool;
  overload static function p(x:Dynamic):Int;
  overload static function q(x:Void->Void):Bool;
  overload static function q(x:Dynamic):Int;
  overload static function o(x:Int, ?y:Int):Bool;
  overload static function o(x:Float, y:Int):Int;
}
