private function inner() {}
