class UnterminatedMarkup { static function main() { var a = <div>open; } }
