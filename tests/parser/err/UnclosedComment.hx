class UnclosedComment {
	/* never closed
}
