class Main {
  static function main() {
    var s = new Sub();
    $type(s.g(1));
    $type(s.g("x"));
    $type(s.g(new Sub()));
    s.g(1.5);
  }
}
extern class Base {
  function new();
  overload function g(x:Int):String;
  overload function g(x:String):Int;
  overload function g(x:Base):Bool;
}
class Sub extends Base {
  public function h() {}
}
