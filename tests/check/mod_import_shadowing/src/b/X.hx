package b;
class X { public static var v:String = "s"; }
