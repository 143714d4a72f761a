class ErrorDirective {
	#if !no_such_flag
	#error "flag missing"
	#end
}
