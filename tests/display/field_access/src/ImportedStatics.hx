import pack.Util;

class ImportedStatics {
	static function main() {
		Util.{-1-}
	}
}
