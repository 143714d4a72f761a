interface HasId {
	function id():Int;
}
class Item implements HasId {
	public function new() {}
	public function id():Int return 1;
}
class Main {
	static function first<T:HasId>(x:T):T return x;
	static function both<T:HasId & Item>(x:T):Int return 0;
	static function sorted<T:Comparable<T>>(a:T):T return a;
	static function main() {
		var i = first(new Item());
		first("a");
		both(new Item());
		both(3);
		var xs:Array<Item> = [];
		var f = first(xs[0]);
	}
}
interface Comparable<T> {
	function compare(o:T):Int;
}
