package other;

class O {}
