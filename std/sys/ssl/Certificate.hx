/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.ssl;

/**
	An X.509 certificate, or a chain of them, for TLS.
**/
extern class Certificate {
	/** Loads the PEM or DER certificate(s) in `file`. **/
	static function loadFile(file:String):Certificate;

	/** Loads every certificate file of directory `path`. **/
	static function loadPath(path:String):Certificate;

	/** Reads PEM-encoded certificate(s) from `str`. **/
	static function fromString(str:String):Certificate;

	/** The system's trusted certificate authorities, where they can be found. **/
	static function loadDefaults():Certificate;

	/** The subject's common name, if any. **/
	var commonName(get, null):Null<String>;

	/** The subject alternative names. **/
	var altNames(get, null):Array<String>;

	/** Start of the validity period. **/
	var notBefore(get, null):Date;

	/** End of the validity period. **/
	var notAfter(get, null):Date;

	/** The subject attribute `field` (such as `"O"`), if present. **/
	function subject(field:String):Null<String>;

	/** The issuer attribute `field`, if present. **/
	function issuer(field:String):Null<String>;

	/** The next certificate of the chain, if any. **/
	function next():Null<Certificate>;

	/** Appends the PEM certificate `pem` to the chain. **/
	function add(pem:String):Void;

	/** Appends the DER certificate `der` to the chain. **/
	function addDER(der:haxe.io.Bytes):Void;

	private function get_commonName():Null<String>;
	private function get_altNames():Array<String>;
	private function get_notBefore():Date;
	private function get_notAfter():Date;
}
