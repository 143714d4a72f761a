//! Haxe source text to trees: lexer, parser, AST, spans, conditional compilation.
