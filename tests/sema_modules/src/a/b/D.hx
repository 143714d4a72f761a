package a.b;

class D {}

class Sub {}

typedef T = Int;
