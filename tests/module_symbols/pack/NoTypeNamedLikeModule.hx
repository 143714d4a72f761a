package pack;

class A {}
typedef B = A;
