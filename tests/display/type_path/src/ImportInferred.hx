import inferred.Tools.evens;
import StringTools.{-2-};
import inferred.Flow.{-3-}Flow;

class ImportInferred {}
