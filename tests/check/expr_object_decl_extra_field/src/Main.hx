typedef Point = {x:Int, y:Int};

class Main {
	static function main() {
		var a:Point = {x: 1, y: 2, w: 3};
		var b:Point = {x: 1, w: 3, y: 4};
		var c:{f:Null<Float>} = {f: 2};
		var d:Array<{n:Int}> = [{n: 1}, {n: 2}];
	}
}
