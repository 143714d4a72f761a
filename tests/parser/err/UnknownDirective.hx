class UnknownDirective {
	#iff js
	#end
}
