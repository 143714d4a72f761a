enum Box<T> {
	Full(v:T);
	Empty;
}

class Main {
	static function main() {
		var b:Box<Int> = Full("text");
	}
}
