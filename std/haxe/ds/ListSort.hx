/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	Stable merge sort for linked lists made of nodes that point at each
	other, without allocating extra storage.
**/
class ListSort {
	/**
		Sorts the doubly linked list starting at `list` by `cmp` and returns
		the new first node. Each node's `prev` and `next` are rewired; the
		first node's `prev` ends up pointing at the last node.
	**/
	public static inline function sort<T:{prev:T, next:T}>(list:T, cmp:T->T->Int):T {
		var sorted = sortSingleLinked(list, cmp);
		if (sorted != null) {
			var prev = sorted;
			var cur = sorted.next;
			while (cur != null) {
				cur.prev = prev;
				prev = cur;
				cur = cur.next;
			}
			sorted.prev = prev;
		}
		return sorted;
	}

	/**
		Sorts the singly linked list starting at `list` by `cmp` and returns
		the new first node.
	**/
	public static inline function sortSingleLinked<T:{next:T}>(list:T, cmp:T->T->Int):T {
		var result = list;
		if (result != null) {
			var width = 1;
			var passes = 2;
			while (passes > 1) {
				passes = 0;
				var left = result;
				var head:T = null;
				var tail:T = null;
				while (left != null) {
					passes++;
					var right = left;
					var leftSize = 0;
					while (leftSize < width && right != null) {
						right = right.next;
						leftSize++;
					}
					var rightSize = width;
					while (leftSize > 0 || (rightSize > 0 && right != null)) {
						var pick:T;
						if (leftSize == 0) {
							pick = right;
							right = right.next;
							rightSize--;
						} else if (rightSize == 0 || right == null || cmp(left, right) <= 0) {
							pick = left;
							left = left.next;
							leftSize--;
						} else {
							pick = right;
							right = right.next;
							rightSize--;
						}
						if (tail == null)
							head = pick;
						else
							tail.next = pick;
						tail = pick;
					}
					left = right;
				}
				tail.next = null;
				result = head;
				width *= 2;
			}
		}
		return result;
	}
}
