enum Color { Red; Green; Blue; Rgb(r:Int, g:Int, b:Int); }
enum O { Some(v:Color); None; }
class Main {
	static function main() {
		var c = Red;
		var o = None;
		switch (o) { case Some(Red): }
		switch (c) { case Red: var x:Int = "a"; }
		switch (c) { case "a": case _: }
		switch (c) { case Rgb(1, 2, 3, 4): case _: }
		switch (c) { case Rgb(a, b, c) | Rgb(a, b, c): case _: }
		switch (c) { case Rgb(a, b, c) if (a > 1): case Rgb(_, _, _): case Red: }
		switch (c) { case Color.Red: case _: }
		var x = 2;
		switch (x) { case 1 | 2: case 3: case _: case 4: }
		switch (o) { case Some(_): case None: case Some(Red): }
	}
}
