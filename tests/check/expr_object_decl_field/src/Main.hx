class Main {
	static function main() {
		var o = {name: "x", tags: ["a"]};
		o.name = "y";
		o.tags.push("b");
		var n:String = o.name;
		o.count = 1;
	}
}
