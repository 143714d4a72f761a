class EndWithoutIf {
	#end
}
