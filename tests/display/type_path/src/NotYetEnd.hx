import pack.Multi{-1-}
class NotYetEnd {}
