package pack;

private function secret() {
	return 42;
}

function open() {
	return secret();
}

private var hidden = "h";
