package pack._under;

class Hidden {}
