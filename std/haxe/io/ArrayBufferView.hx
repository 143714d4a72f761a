/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	The storage behind an `ArrayBufferView` on targets without native typed
	arrays.
**/
typedef ArrayBufferViewData = ArrayBufferViewImpl;

/**
	A window onto a `Bytes` buffer: the buffer, where the window starts and
	how many bytes it covers.
**/
class ArrayBufferViewImpl {
	/** The viewed buffer. **/
	public var bytes:haxe.io.Bytes;

	/** Where the window starts in `bytes`. **/
	public var byteOffset:Int;

	/** How many bytes the window covers. **/
	public var byteLength:Int;

	/** Views `length` bytes of `bytes` from `pos`. **/
	public function new(bytes:haxe.io.Bytes, pos:Int, length:Int) {
		this.bytes = bytes;
		byteOffset = pos;
		byteLength = length;
	}

	/** A narrower window: `length` bytes (or the rest) from `begin`, relative to this one. **/
	public function sub(begin:Int, ?length:Int):ArrayBufferViewImpl {
		var size = length == null ? byteLength - begin : length;
		if (begin < 0 || size < 0 || begin + size > byteLength)
			throw Error.OutsideBounds;
		return new ArrayBufferViewImpl(bytes, byteOffset + begin, size);
	}

	/** A narrower window from `begin` (or 0) up to `end` (or the end). **/
	public function subarray(?begin:Int, ?end:Int):ArrayBufferViewImpl {
		var from = begin == null ? 0 : begin;
		var to = end == null ? byteLength : end;
		return sub(from, to - from);
	}
}

/**
	A view of raw bytes, the common base of the typed arrays.
**/
abstract ArrayBufferView(ArrayBufferViewData) {
	/** The viewed buffer. **/
	public var buffer(get, never):haxe.io.Bytes;

	/** Where the view starts in `buffer`. **/
	public var byteOffset(get, never):Int;

	/** How many bytes the view covers. **/
	public var byteLength(get, never):Int;

	/** A view of `size` fresh zeroed bytes. **/
	public inline function new(size:Int) {
		var b = haxe.io.Bytes.alloc(size);
		b.fill(0, size, 0);
		this = new ArrayBufferViewData(b, 0, size);
	}

	inline function get_byteOffset():Int
		return this.byteOffset;

	inline function get_byteLength():Int
		return this.byteLength;

	inline function get_buffer():haxe.io.Bytes
		return this.bytes;

	/** A view of `length` bytes (or the rest) from `begin`, sharing the buffer. **/
	public inline function sub(begin:Int, ?length:Int):ArrayBufferView {
		return fromData(this.sub(begin, length));
	}

	/** A view from `begin` up to `end`, sharing the buffer. **/
	public inline function subarray(?begin:Int, ?end:Int):ArrayBufferView {
		return fromData(this.subarray(begin, end));
	}

	/** The underlying storage. **/
	public inline function getData():ArrayBufferViewData {
		return this;
	}

	/** Wraps storage `a` as a view. **/
	public static inline function fromData(a:ArrayBufferViewData):ArrayBufferView {
		return cast a;
	}

	/** A view of `length` bytes (or the rest) of `bytes` from `pos`, without copying. **/
	public static function fromBytes(bytes:haxe.io.Bytes, pos = 0, ?length:Int):ArrayBufferView {
		var size = length == null ? bytes.length - pos : length;
		if (pos < 0 || size < 0 || pos + size > bytes.length)
			throw Error.OutsideBounds;
		return fromData(new ArrayBufferViewData(bytes, pos, size));
	}
}
