package pack;

class Plat {}
