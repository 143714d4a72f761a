package geo;

class Geo {}

class Point {}
