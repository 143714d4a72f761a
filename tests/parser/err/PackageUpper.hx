package Foo;
class PackageUpper {}
