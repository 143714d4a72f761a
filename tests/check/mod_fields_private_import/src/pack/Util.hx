package pack;

private function secret() {}
