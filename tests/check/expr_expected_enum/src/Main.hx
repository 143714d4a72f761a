import deep.Kinds.Encoding;

abstract Wrapped(deep.Kinds.Level) from deep.Kinds.Level {}

class Main {
	static function take(e:Encoding) {}
	static function main() {
		var e:Encoding = null;
		if (e == UTF8) trace(1);
		var l:deep.Kinds.Level = High;
		var w:Wrapped = Low;
		take(RawNative);
		var bad:deep.Kinds.Level = Medium;
		var bad2:Encoding = UTF9;
		take(Nope);
	}
}
