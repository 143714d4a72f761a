package withimports;

/** Statics whose types name a type that only the package's import.hx imports. */
class Mapped {
	public static var table:StringMap<Int>;

	public static function convert(a:StringMap<String>):StringMap<Bool> {
		return null;
	}

	public static function fresh() {
		return new StringMap<Int>();
	}
}

enum Shape {
	Keyed(s:StringMap<Int>);
}
