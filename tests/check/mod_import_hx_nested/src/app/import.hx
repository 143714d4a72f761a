import lib.Box.Inner as In;
using StringTools;
