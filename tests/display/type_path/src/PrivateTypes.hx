// Statics whose types name private types: haxe prints them as `pack._Module.Name`.
import haxe.Int64.{-1-}Int64;
import pack.Secret.{-2-}Secret;

class PrivateTypes {}
