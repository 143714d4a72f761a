import haxe.*.ds;
class ImportStar {}
