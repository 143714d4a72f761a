// Imports of missing modules say nothing before a later import's listing.
import pack.Missing;
import nope.Gone.*;
import pack.Color.Nope;
import pack.Mu{-1-}lti;
import pack.Color.{-2-}Color;

class MissingImports {}
