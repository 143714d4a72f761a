package pack;

class Util__ {}
