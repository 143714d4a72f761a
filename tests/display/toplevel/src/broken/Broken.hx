package broken;

class Broken {
	function x( }
