package lib;

class Box {}

private class Secret {}
