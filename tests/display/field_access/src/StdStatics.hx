class StdStatics {
	static function main() {
		Math.{-1-}
		Std.{-2-}
		Reflect.{-3-}
		Type.{-4-}
		Date.{-5-}
		EReg.{-6-}
		Sys.{-7-}
	}
}
