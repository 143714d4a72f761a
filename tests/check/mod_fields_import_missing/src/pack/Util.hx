package pack;

function greet() {}
