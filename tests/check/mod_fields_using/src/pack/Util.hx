package pack;

function shout(s:String):String {
	return s.toUpperCase();
}
