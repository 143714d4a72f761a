import noSuch.{-1-}Foo;
import noSuch.Foo.{-2-}Bar;
import pack.NoMod.{-3-}X;
import js.Browser.{-4-}Browser;
import js.{-5-}Browser;
import pack.nothing.{-6-}Here;

class Errors {
	var x:Nope.{-7-}Nope;
}
