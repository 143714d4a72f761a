package pack;

class Crlf {
	static function main() {
		var a = 1;
	}
}
