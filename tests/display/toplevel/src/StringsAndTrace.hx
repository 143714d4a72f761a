// No completion point inside a double-quoted string; on trace itself haxe answers
// `Unsupported method`.
class StringsAndTrace {
	static function main() {
		var x = 1;
		"s{-1-}tr";
		{-2-}"str"{-3-};
		tr{-4-}ace(x);
		{-5-}trace(x);
		trace{-6-}(x);
		var e = "{-7-}";
		trace(e);
	}
}
