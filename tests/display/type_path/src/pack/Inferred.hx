package pack;

class Inferred {
	public static function guess() return 1;
}
