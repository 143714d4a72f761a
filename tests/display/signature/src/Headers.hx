{-1-}package;

import haxe.ds.StringMap;

// Outside bodies, imports and usings, haxe finds no call: type headers, type
// parameters, typedefs, enum constructors, metadata, documentation, disabled code.

/** d{-2-}oc */
@:ke{-3-}ep
class HeadBase<{-4-}T>{-19-} {
	public function new() {}
}

{-5-}typedef HeadTD = {a:{-6-}Int, ?b:String};

enum HeadEn {
	A(x{-7-}:Int);
	B;{-8-}
}

abstract HeadAb(In{-9-}t) from In{-10-}t to Int {
	public inline function new(i:Int)
		this = i;
}

interface {-11-}HeadI {}

#if false
class Hi{-12-}dden {}
#end

class Headers extends HeadB{-13-}ase<In{-14-}t>{-20-} implements {-15-}HeadI {-21-}{{-16-}
	static function main() {
		new Headers();
		var m:StringMap<Int> = null;
	}
}

class HeadOther extends haxe.d{-17-}s.String{-18-}Map<Int> {-22-}{}

class HeadPlain extends HeadOther{-23-} {-24-}{}
