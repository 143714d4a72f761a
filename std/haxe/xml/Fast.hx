/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.xml;

/**
	Former name of `haxe.xml.Access`.
**/
@:deprecated typedef Fast = haxe.xml.Access;
