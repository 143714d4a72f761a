package pack;

class Helper {}
