/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.db;

/**
	Access to SQLite database files, where the target provides a driver.
**/
class Sqlite {
	/** Opens (or creates) the database file `file`; throws where no driver exists. **/
	public static function open(file:String):Connection {
		throw "Not implemented for this platform";
		return null;
	}
}
