package lib;

class Broken {
	function f() {
		return (1 + ;
	}
}
