package zoo;

class Dog extends Animal {}
