typedef A = { a:Int, ?opt:String }
typedef B = { b:String }
typedef AB = A & B;
typedef C = { > A, > B, c:Bool }
typedef D = { > C, ?d:Float }
class Main {
	static function main() {
		var x:AB = {a: 1, b: "s"};
		var y:C = {a: 1, b: "s", c: true, opt: "o"};
		var z:D = {a: 1, b: "s", c: true};
		var w:A = z;
		var q:D = {a: 1, b: 2, c: true};
		$type(x);
		$type(z);
		var e:A & {e:Int} = {a: 1};
	}
}
