class QuestionVarInClass {
	var ?x:Int;
}
