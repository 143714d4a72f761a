typedef Point = {
	/** x doc */
	var x:Int;
	@:optional var y:Float;
	function norm():Float;
}

typedef Short = {b:Int, ?a:String};
typedef Gen<T> = {v:T, list:Array<T>};
typedef Again = Gen<String>;
typedef Items = Array<Int>;

class Structures {
	static function main():Void {
		var o:{z:Int, ?a:String, m:Int->Void} = null;
		o.{-1-}
		var p:Point = null;
		p.{-2-}
		var s:Short = null;
		s.{-3-}
		var g:Gen<Bool> = null;
		g.{-4-}
		var a:Again = null;
		a.{-5-}
		var i:Items = null;
		i.{-6-}
	}
}
