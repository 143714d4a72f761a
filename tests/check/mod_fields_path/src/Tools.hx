function shout(s:String):String {
	return s.toUpperCase();
}
