{-1-}class NoEffect {
	var inst = 3;
	static var sv = {
		1;
		2;
	};

	public function new() {
		4;
	}

	function meth() {
		"s";
		this;
		var a = 1;
		a;
		(a);
		if (a > 0) {
			5;
			a;
		}
		while (a < 0) {
			'x';
			a++;
		}
		var f = function() {
			6;
		};
		var g = 1;
		g;
		foo(function() {
			7;
			8;
		});
		null;
		true;
		return a;
	}

	static function foo(f:Void->Void) {
		f();
		9.5;
	}

	static function main() {
		new NoEffect().meth();
		0;
	}
}
