/**
	The class doc.
**/
class Docs {
	/** a field doc **/
	public var x:Int = 0;

	/*  not a doc */
	/** first doc wins? **/
	/** second doc **/
	public function new() {}

	// line comment
	/** doc before main */
	static function main() {
		/* inline */ var a = /* mid */ 1; // end
		trace(a + new Docs().x);
	}
}
