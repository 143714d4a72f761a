class HalfSwitch {
	static function main() {
		switch (1) {
			case 1: var inside = 2;
			case
		}
	}
}
