class Main {
	static function main() {
		var add = (a:Int, b:Int) -> a + b;
		var neg = x -> -x;
		var nums = [1, 2, 3].map(x -> x * 2).filter(x -> x > 2);
		var total:Int = add(neg(1), nums[0]);
	}
}
