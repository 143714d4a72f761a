class NewAtEnd {
	static function main() {
		var x = new 
	}
	var b:Int;
}
