class EmptyCase {
	static function main() {
		switch (1) {
			case: trace(1);
		}
	}
}
