class Garbage {
	123 abc;
	var ok:Int;
}
} extra
enum E { A; B }
