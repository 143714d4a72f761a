/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

import haxe.display.Position.Location;
import haxe.macro.Expr;

/**
	Helpers on source positions, usable inside and outside macros.
**/
class PositionTools {
	/** The position of the call itself, as a value. **/
	macro public static function here():ExprOf<Position> {
		var pos = Context.currentPos();
		var infos = Context.makeExpr(Context.getPosInfos(pos), pos);
		return Context.defined("macro") ? macro haxe.macro.Context.makePosition($infos) : infos;
	}

	/** The file and offsets of `p`. **/
	public static function getInfos(p:Position):{min:Int, max:Int, file:String} {
		#if macro
		return Context.getPosInfos(p);
		#else
		return p;
		#end
	}

	/** A position from a file and offsets. **/
	public static function make(inf:{min:Int, max:Int, file:String}):Position {
		#if macro
		return Context.makePosition(inf);
		#else
		return inf;
		#end
	}

	#if (macro || display)
	/** `p` as lines and characters; only inside macros, where the file is known. **/
	public static function toLocation(p:Position):Location {
		return Context.load("position_to_range", 1)(p);
	}
	#end
}
