class UnclosedConditionalLive {
	static function main() {
		#if !js
		trace(1);
	}
}
