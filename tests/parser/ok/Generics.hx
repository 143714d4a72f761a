import haxe.Constraints.IMap;

class Box<T> {
	public var value:T;

	public function new(v:T) value = v;

	public function map<S>(f:T->S):Box<S> return new Box(f(value));
}

class Generics {
	static function first<T:Dynamic>(a:Array<T>):Null<T> return a.length > 0 ? a[0] : null;

	static function keys<K, V>(m:IMap<K, V>):Array<K> return [for (k in m.keys()) k];

	static function main() {
		var b = new Box<Array<Array<Int>>>([[1]]);
		var c = b.map(a -> a.length);
		var nested:Array<Array<Array<String>>> = [];
		var x = 1 >> 1;
		var cmp = 2 > 1;
		trace(c.value, nested, x, cmp, first(["a"]), keys([1 => 2]));
	}
}
