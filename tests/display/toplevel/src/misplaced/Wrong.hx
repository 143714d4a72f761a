package other;

class Wrong {}

enum Placed { A; }
