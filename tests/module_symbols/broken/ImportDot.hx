import haxe.
class ImportDot {
	var a:Int;
}
