/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	Either a value (`Some`) or the absence of one (`None`), as an explicit
	alternative to `null`.
**/
enum Option<T> {
	/** A present value `v`. **/
	Some(v:T);

	/** No value. **/
	None;
}
