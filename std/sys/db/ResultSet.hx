/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.db;

/**
	The rows returned by a database request, readable once, in order.
**/
interface ResultSet {
	/** The number of rows. **/
	var length(get, null):Int;

	/** The number of columns. **/
	var nfields(get, null):Int;

	/** Whether rows remain. **/
	function hasNext():Bool;

	/** The next row, as an object with one field per column. **/
	function next():Dynamic;

	/** Every remaining row. **/
	function results():List<Dynamic>;

	/** Column `n` of the current row, as text. **/
	function getResult(n:Int):String;

	/** Column `n` of the current row, as an integer. **/
	function getIntResult(n:Int):Int;

	/** Column `n` of the current row, as a float. **/
	function getFloatResult(n:Int):Float;

	/** The column names, when known. **/
	function getFieldsNames():Null<Array<String>>;
}
