package pack;

class Broken {
	public static var x:Int = ;
}
