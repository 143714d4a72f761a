package a;
class X { public static var v:Int = 1; }
