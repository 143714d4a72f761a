class Main {
	static function main() {
		var f = function(p) return p.name;
		$type(f);
		var s:String = f({name: "a"});
		$type(f);
	}
}
