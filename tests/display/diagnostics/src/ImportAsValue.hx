{-1-}import haxe.Json;

class ImportAsValue {
	static function main() {
		trace(Json.stringify(1));
	}
}
