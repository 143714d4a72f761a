package a;

class Wild {}
