/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	A value of one of two types: `Left` holds an `L`, `Right` holds an
	`R`. Commonly `Left` carries an error and `Right` a result.
**/
enum Either<L, R> {
	/** The left alternative. **/
	Left(v:L);

	/** The right alternative. **/
	Right(v:R);
}
