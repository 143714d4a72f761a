package pack;

function greet(s:String):String {
	return "hi " + s;
}

function twice(x:Int) {
	return x * 2;
}

var total = 0;
