package zoo;

class Cat extends Animal {}
