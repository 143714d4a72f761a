// Names inside interpolated strings, and the rest of such strings.
class Interpolation {
	static function main() {
		var x{-1-} = 1;
		var s = '{-2-}x{-3-}$x{-4-} ${{-5-}x{-6-} {-7-}+ 1{-8-}}';
		var s2 = 'a{-9-}${x}{-10-}b$x';
		var s3 = "no$x{-11-}";
		trace(s + s2 + s3);
	}
}
