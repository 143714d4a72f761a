/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	A sort that keeps equal elements in their original order (a stable
	sort), giving the same result on every target.
**/
class ArraySort {
	/**
		Sorts `a` in place by `cmp`, which returns a negative number, zero
		or a positive number. Elements that compare equal keep their order.
	**/
	static public function sort<T>(a:Array<T>, cmp:T->T->Int):Void {
		if (a.length < 2)
			return;
		var scratch = a.copy();
		mergeRange(a, scratch, cmp, 0, a.length);
	}

	static function mergeRange<T>(a:Array<T>, scratch:Array<T>, cmp:T->T->Int, from:Int, to:Int):Void {
		if (to - from < 2)
			return;
		var mid = (from + to) >> 1;
		mergeRange(a, scratch, cmp, from, mid);
		mergeRange(a, scratch, cmp, mid, to);
		var i = from, j = mid, k = from;
		while (i < mid && j < to)
			scratch[k++] = cmp(a[j], a[i]) < 0 ? a[j++] : a[i++];
		while (i < mid)
			scratch[k++] = a[i++];
		while (j < to)
			scratch[k++] = a[j++];
		for (p in from...to)
			a[p] = scratch[p];
	}
}
