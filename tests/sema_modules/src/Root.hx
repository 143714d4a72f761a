class Root {}
