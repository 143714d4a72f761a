/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.db;

/**
	Access to MySQL servers, where the target provides a driver.
**/
class Mysql {
	/** Connects with the given parameters; throws where no driver exists. **/
	public static function connect(params:{
		host:String,
		?port:Int,
		user:String,
		pass:String,
		?socket:String,
		?database:String
	}):sys.db.Connection {
		throw new haxe.exceptions.NotImplementedException("Not implemented for this platform");
		return null;
	}
}
