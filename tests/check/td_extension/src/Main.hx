typedef Named = {
	name:String
}

typedef Person = Named & {
	age:Int
}

typedef Pet = {
	> Named,
	species:String
}

class Main {
	static function main() {
		var p:Person = {name: "ann", age: 30};
		var q:Pet = {name: "rex", species: "dog"};
		var n:Named = p;
		var s:String = q.name;
	}
}
