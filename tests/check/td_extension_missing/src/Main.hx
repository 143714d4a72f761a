typedef Named = {
	name:String
}

typedef Pet = {
	> Named,
	species:String
}

class Main {
	static function main() {
		var q:Pet = {species: "dog"};
	}
}
