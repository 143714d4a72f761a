class Main {
	static function main() {
		// The first name of each path names nothing: haxe guesses a type path and reports
		// its module.
		trace(Util.twice(2));
		Util.twice(2);
		var a = Util.X.y;
		var b = pack.Util.twice;
		var c = pack.Util.X.y;
		var d = haxe.ds.Nope.x;
		var e = _x.Y;
		// No capitalized part: an unknown identifier.
		trace(util.twice(2));
		var f = a.b.c;
		// A module that is loaded but lacks the type.
		var g = Main.Nope.x;
		trace(new Util());
		var i = Tools.Sub.x;
		var j = Tools.x;
	}
}
