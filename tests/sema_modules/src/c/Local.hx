package c;

class Local {}
