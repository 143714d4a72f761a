package other;

class Tool {
	public function new() {}
}
