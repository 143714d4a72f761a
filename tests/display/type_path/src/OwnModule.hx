import OwnModule.{-1-}Helper;
import OwnModule.Hel{-3-}per;

class OwnModule {
	static var a:OwnModule.{-2-}OwnModule;
	static var b:OwnModule.Helper;

	static function main() {
		new OwnModule.{-4-}Helper();
	}
}

class Helper {
	public function new() {}
}

private class Hidden {}
typedef Shape = {x:Int};
