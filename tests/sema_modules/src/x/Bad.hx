package y;

class Bad {}
