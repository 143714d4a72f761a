package pack;

abstract Opener(Int) {
	public function new() this = 0;
	public function open():Secret return new Secret();
	public function value():Int return Secret.hidden();
}
