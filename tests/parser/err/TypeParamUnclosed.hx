class TypeParamUnclosed<T:Int {
	static function main() {}
}
