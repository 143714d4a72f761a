class ArrowMeta {
	static function main() {
		var f = (@:m a, b) -> a;
	}
}
