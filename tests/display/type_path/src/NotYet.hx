import {-1-}haxe.ds.StringMap;
import haxe.ds.StringMap as S{-2-}M;
import StringTools.{-3-}hex;
import pack.Inferred.{-6-}Inferred;
import pack.LibMod.{-7-}LibMod;
import Lambda.{-10-}filter;
// haxe types these bodies before String and Array are built, unless an earlier one loads a module.
import inferred.Tools.{-11-}evens;

class NotYet {
	var x:NotYet.{-8-}NotYet;
}
