import inferred.Tools.{-1-}evens;
import StringTools.{-2-};

class ImportInferred {}
