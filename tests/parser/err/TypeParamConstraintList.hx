class TypeParamConstraintList<T:(Int, String)> {
	static function main() {}
}
