class Main {
	static function main() {
		var p:geo.Geo.Triangle = null;
	}
}
