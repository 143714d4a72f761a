/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	The storage behind a \`UInt32Array\`.
**/
typedef UInt32ArrayData = ArrayBufferView.ArrayBufferViewData;

/**
	A fixed-length array of unsigned 32-bit integers, stored little-endian in a \`Bytes\`
	window that other views may share.
**/
abstract UInt32Array(UInt32ArrayData) {
	/** Bytes taken by one element. **/
	public static inline var BYTES_PER_ELEMENT = 4;

	/** The number of elements. **/
	public var length(get, never):Int;

	/** The same storage seen as raw bytes. **/
	public var view(get, never):ArrayBufferView;

	/** An array of \`elements\` zeros. **/
	public inline function new(elements:Int) {
		this = new ArrayBufferView(elements * BYTES_PER_ELEMENT).getData();
	}

	inline function get_length():Int {
		return Std.int(this.byteLength / BYTES_PER_ELEMENT);
	}

	/** Accessor of \`view\`. **/
	public inline function get_view():ArrayBufferView {
		return ArrayBufferView.fromData(this);
	}

	/** The element at \`index\`. **/
	@:arrayAccess public inline function get(index:Int):UInt {
		return this.bytes.getInt32(this.byteOffset + index * 4);
	}

	/** Stores \`value\` at \`index\` and returns it. **/
	@:arrayAccess public inline function set(index:Int, value:UInt):UInt {
		if (index >= 0 && index < get_length())
			this.bytes.setInt32(this.byteOffset + index * 4, value);
		return value;
	}

	/** The \`length\` elements (or the rest) from \`begin\`, sharing storage. **/
	public inline function sub(begin:Int, ?length:Int):UInt32Array {
		return fromData(this.sub(begin * BYTES_PER_ELEMENT, length == null ? null : length * BYTES_PER_ELEMENT));
	}

	/** The elements from \`begin\` up to \`end\`, sharing storage. **/
	public inline function subarray(?begin:Int, ?end:Int):UInt32Array {
		return fromData(this.subarray(begin == null ? null : begin * BYTES_PER_ELEMENT, end == null ? null : end * BYTES_PER_ELEMENT));
	}

	/** The underlying storage. **/
	public inline function getData():UInt32ArrayData {
		return this;
	}

	/** Wraps storage \`d\`. **/
	public static function fromData(d:UInt32ArrayData):UInt32Array {
		return cast d;
	}

	/** A new array holding \`length\` elements (or the rest) of \`a\` from \`pos\`. **/
	public static function fromArray(a:Array<UInt>, pos = 0, ?length:Int):UInt32Array {
		var count = length == null ? a.length - pos : length;
		if (pos < 0 || count < 0 || pos + count > a.length)
			throw Error.OutsideBounds;
		var out = new UInt32Array(count);
		for (i in 0...count)
			out[i] = a[pos + i];
		return out;
	}

	/** A view of \`bytes\` from \`bytePos\`, covering \`length\` elements or the rest. **/
	public static function fromBytes(bytes:haxe.io.Bytes, bytePos = 0, ?length:Int):UInt32Array {
		var size = length == null ? bytes.length - bytePos : length * BYTES_PER_ELEMENT;
		return fromData(ArrayBufferView.fromBytes(bytes, bytePos, size).getData());
	}
}
