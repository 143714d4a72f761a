import haxe.ds.StringMap;
import {-1-}pack.Color;
import haxe.{-2-}io.Bytes;
import {-3-}ImportToplevel;
import o{-4-}ther.O;

class ImportToplevel<T> {
	static function main() {}
}

enum Local {}
