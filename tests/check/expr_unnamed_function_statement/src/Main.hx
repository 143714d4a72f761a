// An anonymous function as a statement is refused; as the last expression of a block used
// as a value, or as an argument, it is accepted.
class Main {
	static function take(f:Void->Int) return f();

	static function main() {
		var v = {
			function() return 1;
		};
		take(function() return 2);
		function named() {}
		function() {};
	}
}
