class MalformedUtf8 {
	var s = "ÿþ";
}
