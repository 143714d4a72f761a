class C<T:T> {}
class Main {
	static function main() {
		var x:Int = "a";
		var c:C<Int> = null;
	}
}
