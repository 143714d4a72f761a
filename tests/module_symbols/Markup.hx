class Markup {
	static var f = <p>top</p>;
	static function main() {
		var a = <div class="x">don't {worry} <b>nested</b> <br/> </div>;
		var b = <x/>;
		trace(a, b, f);
		<solo></solo>
		foo(<i>1</i>, 2);
	}
	static function foo(s:String, i:Int) {}
}
