package;

import haxe.ds.StringMap;
import haxe.ds.IntMap as IM;
import haxe.ds.*;
import Math.max;
import Math.min in mn;

using StringTools;
using Lambda;

function helper(x:Int):Int return x + 1;

final ANSWER = 42;

class ModuleLevel {
	static function main() {
		var s = new StringMap<Int>();
		var i = new IM<Int>();
		var o:Option<Int> = None;
		trace(helper(ANSWER), max(1, 2), mn(1, 2), " x ".trim(), [1, 2].has(1), s, i, o);
	}
}
