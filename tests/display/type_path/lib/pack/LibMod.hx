package pack;

/** From the second class path. */
class LibMod {}
