class StringInMeta {
	@:meta( var x:Int;
}
