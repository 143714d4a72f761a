class CallArguments {
	static function take(count:Int, label:String) {}

	static function main() {
		var counter = 1;
		var cost = 2;
		var text = "s";
		take({-1-});
		take(counter, {-2-});
		take({-3-}, text);
		trace({-4-});
		Math.max({-5-});
		[1].push({-6-});
	}
}
