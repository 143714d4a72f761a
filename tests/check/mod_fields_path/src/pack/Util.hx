package pack;

function twice(x:Int) {
	return x * 2;
}

var level = 1;
