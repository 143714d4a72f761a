import {-1-}haxe.ds.StringMap;
import haxe.ds.StringMap as S{-2-}M;
import StringTools.{-3-}hex;
import haxe.Int64.{-4-}Int64;
import pack.Broken.{-5-}Broken;
import pack.Inferred.{-6-}Inferred;
import pack.LibMod.{-7-}LibMod;
import pack.Mu{-9-}lti;
import Lambda.{-10-}filter;

class NotYet {
	var x:NotYet.{-8-}NotYet;
}
