package pack.Caps;

class Hidden {}
