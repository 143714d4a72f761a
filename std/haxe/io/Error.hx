/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	Failures reported by input and output streams.
**/
enum Error {
	/** A non-blocking stream had nothing ready. **/
	Blocked;

	/** A number did not fit the requested width. **/
	Overflow;

	/** A position or length lay outside the buffer. **/
	OutsideBounds;

	/** Some other failure, described by `e`. **/
	Custom(e:Dynamic);
}
