class TypeHintEmpty {
	var x:{-1-}
	var y:Int;
}
