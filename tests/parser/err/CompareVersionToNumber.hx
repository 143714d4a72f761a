class CompareVersionToNumber {
	#if (haxe > 4)
	#end
}
