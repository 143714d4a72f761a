import p.B;
