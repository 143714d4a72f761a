class CatchWithoutParen {
	static function main() {
		try {} catch e {}
	}
}
