//! Turns parsed and typed trees into haxe 4.2.5 display output.
