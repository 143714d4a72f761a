package c;

import a.b.D;
import a.b.D.Sub as S;
import a.*;

class Main<T> {}
