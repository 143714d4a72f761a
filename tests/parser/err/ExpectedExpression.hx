class ExpectedExpression {
	static function main() {
		var x = ;
	}
}
