package deep;

class Near {}
