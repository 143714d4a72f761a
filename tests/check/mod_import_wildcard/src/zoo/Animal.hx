package zoo;

class Animal {
	public function new() {}
}
