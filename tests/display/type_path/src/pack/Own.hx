package pack;

class Own {
	static var a:pack.Own.{-1-}Own;
	static var b:Own.{-2-}Own;
}

enum OwnKind {
	First;
}
