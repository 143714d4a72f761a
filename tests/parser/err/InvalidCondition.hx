class InvalidCondition {
	#if (a + b)
	#end
}
