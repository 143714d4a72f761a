// An import of a module that does not parse: completing its statics names the module,
// and a later import typed for a listing stops at the module's parse error.
import pack.Broken.{-1-}Broken;
import pack.Broken.{-2-}x;
import pack.Bro{-3-}ken.B{-4-}roken;
import pack.Mu{-5-}lti;

class BrokenImports {}
