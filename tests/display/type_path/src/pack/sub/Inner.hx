package pack.sub;

class Inner {
	var a:Multi.{-1-}Multi;
	var b:Deep.{-2-}Deep;
	var c:Nope.{-3-}Nope;
	var d:Color.{-4-}Color;
}
