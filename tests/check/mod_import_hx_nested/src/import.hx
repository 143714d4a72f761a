import lib.Box;
