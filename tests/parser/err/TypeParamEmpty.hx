class TypeParamEmpty<> {}
