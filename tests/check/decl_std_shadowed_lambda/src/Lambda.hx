class Lambda {
	public static function count<A>(it:Iterable<A>):Int return 0;
	public static function array<A>(it:Iterable<A>):Array<A> return [];
}
