class lowercaseType {
}
