package pack;

enum Gen<T> {
	Leaf;
	Node(left:Gen<T>, value:T);
}
