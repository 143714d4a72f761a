class Main {
	static function main() {
		var a = '$$ $xx';
		var b = 'q\'q $yy';
		var c = 'n\nn $zz ${ww + 1}';
		var d = '\\ ${"\\n" + vv}';
	}
}
