import haxe.ds.Option;

class NotYetEnums {
	static function main():Void {
		Option.{-1-}
	}
}
