{-1-}import haxe.ds.StringMap;
import haxe.ds.IntMap;
using StringTools;
class Mixed {
  static function main() {
    var a = 1;
    var b = 2;
    var m = new IntMap<Int>();
    trace(b);
    var s:Int = "x";
  }
}
