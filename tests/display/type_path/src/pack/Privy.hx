package pack;

private class Privy {
	public static var hiddenType:Int;
}

class Visible {}
