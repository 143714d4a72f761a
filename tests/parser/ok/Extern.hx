extern class Native {
	static function call(a:Int):Int;
	@:overload(function(s:String):Void {})
	function run(i:Int):Void;
	var field:Float;
}

@:structInit
class Point {
	public final x:Int;
	public final y:Int;

	public function new(x:Int, y:Int) {
		this.x = x;
		this.y = y;
	}
}

final class Sealed {}

abstract class Shape {
	abstract function area():Float;
}

class Extern {
	static function main() {
		var p:Point = {x: 1, y: 2};
		trace(p.x + p.y);
	}
}
