import deep.Kinds;
class Main {
	static function main() {
		var e:deep.Kinds.Encoding = null;
		if (e == UTF8) trace(1);
		if (RawNative != e) trace(1);
		var l:deep.Kinds.Level = High;
		if (l == Low || l != High) trace(2);
		if (e == UTF9) trace(3);
		var s:Shape = Circle(1);
		if (s == Rect(1, 2)) trace(4);
		if (e == [1]) trace(5);
	}
}
