/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	Common URI schemes.
**/
enum abstract Scheme(String) from String to String {
	/** Plain web traffic. **/
	var Http = 'http';

	/** Encrypted web traffic. **/
	var Https = 'https';

	/** File transfer protocol. **/
	var Ftp = 'ftp';

	/** An e-mail address. **/
	var MailTo = 'mailto';

	/** A local file. **/
	var File = 'file';

	/** Inline data embedded in the URI. **/
	var Data = 'data';
}
