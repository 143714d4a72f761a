class DeepButUnclosed {
	static function main() {
		var a = ((((1)));
	}
}
