class Other {
	public static var x = 1;
}
