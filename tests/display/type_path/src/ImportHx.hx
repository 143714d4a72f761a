import withimports.Mapped.{-1-}Mapped;
import withimports.Mapped.{-2-}Shape;
import withimports.Mapped.Shape.{-3-}Keyed;

class ImportHx {
	static function main() {}
}
