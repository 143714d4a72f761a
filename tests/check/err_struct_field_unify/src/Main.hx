class Main {
	static function main() {
		var p = {pos: {x: 1, y: 2}};
		var q:{pos:{x:Int, y:String}} = p;
	}
}
