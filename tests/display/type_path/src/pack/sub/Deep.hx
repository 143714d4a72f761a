package pack.sub;

class Deep {
	public static var depth:Int = 2;
}
