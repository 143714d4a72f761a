class PipeTrick {
  public static function main() {
    trace("Hello".|);
  }
}
