static class StaticOnClass {}
