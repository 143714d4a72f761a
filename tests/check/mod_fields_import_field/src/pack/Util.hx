package pack;

function greet(s:String):String {
	return "hi " + s;
}

var total = 0;
