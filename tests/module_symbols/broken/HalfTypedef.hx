typedef T = {
	var a:Int;
	var b
}
class After {}
