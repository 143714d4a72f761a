enum Expr {
	Num(v:Int);
	Add(a:Expr, b:Expr);
	Neg(e:Expr);
}

class Main {
	static function eval(e:Expr):Int {
		return switch e {
			case Num(v): v;
			case Add(a, b): eval(a) + eval(b);
			case Neg(Num(v)): -v;
			case Neg(inner): -eval(inner);
		}
	}

	static function main() {
		var n:Int = eval(Add(Num(1), Neg(Num(2))));
	}
}
