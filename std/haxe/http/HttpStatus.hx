/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */
package haxe.http;

/**
	The status codes an HTTP server answers with. Each value converts to
	and from `Int`.
**/
enum abstract HttpStatus(Int) from Int to Int {
	/** Status 100. **/
	var Continue = 100;

	/** Status 101. **/
	var SwitchingProtocols = 101;

	/** Status 102. **/
	var Processing = 102;

	/** Status 200. **/
	var OK = 200;

	/** Status 201. **/
	var Created = 201;

	/** Status 202. **/
	var Accepted = 202;

	/** Status 203. **/
	var NonAuthoritativeInformation = 203;

	/** Status 204. **/
	var NoContent = 204;

	/** Status 205. **/
	var ResetContent = 205;

	/** Status 206. **/
	var PartialContent = 206;

	/** Status 207. **/
	var MultiStatus = 207;

	/** Status 208. **/
	var AlreadyReported = 208;

	/** Status 226. **/
	var IMUsed = 226;

	/** Status 300. **/
	var MultipleChoices = 300;

	/** Status 301. **/
	var MovedPermanently = 301;

	/** Status 302. **/
	var Found = 302;

	/** Status 303. **/
	var SeeOther = 303;

	/** Status 304. **/
	var NotModified = 304;

	/** Status 305. **/
	var UseProxy = 305;

	/** Status 306. **/
	var SwitchProxy = 306;

	/** Status 307. **/
	var TemporaryRedirect = 307;

	/** Status 308. **/
	var PermanentRedirect = 308;

	/** Status 400. **/
	var BadRequest = 400;

	/** Status 401. **/
	var Unauthorized = 401;

	/** Status 402. **/
	var PaymentRequired = 402;

	/** Status 403. **/
	var Forbidden = 403;

	/** Status 404. **/
	var NotFound = 404;

	/** Status 405. **/
	var MethodNotAllowed = 405;

	/** Status 406. **/
	var NotAcceptable = 406;

	/** Status 407. **/
	var ProxyAuthenticationRequired = 407;

	/** Status 408. **/
	var RequestTimeout = 408;

	/** Status 409. **/
	var Conflict = 409;

	/** Status 410. **/
	var Gone = 410;

	/** Status 411. **/
	var LengthRequired = 411;

	/** Status 412. **/
	var PreconditionFailed = 412;

	/** Status 413. **/
	var PayloadTooLarge = 413;

	/** Status 414. **/
	var URITooLong = 414;

	/** Status 415. **/
	var UnsupportedMediaType = 415;

	/** Status 416. **/
	var RangeNotSatisfiable = 416;

	/** Status 417. **/
	var ExpectationFailed = 417;

	/** Status 418. **/
	var ImATeapot = 418;

	/** Status 421. **/
	var MisdirectedRequest = 421;

	/** Status 422. **/
	var UnprocessableEntity = 422;

	/** Status 423. **/
	var Locked = 423;

	/** Status 424. **/
	var FailedDependency = 424;

	/** Status 426. **/
	var UpgradeRequired = 426;

	/** Status 428. **/
	var PreconditionRequired = 428;

	/** Status 429. **/
	var TooManyRequests = 429;

	/** Status 431. **/
	var RequestHeaderFieldsTooLarge = 431;

	/** Status 451. **/
	var UnavailableForLegalReasons = 451;

	/** Status 500. **/
	var InternalServerError = 500;

	/** Status 501. **/
	var NotImplemented = 501;

	/** Status 502. **/
	var BadGateway = 502;

	/** Status 503. **/
	var ServiceUnavailable = 503;

	/** Status 504. **/
	var GatewayTimeout = 504;

	/** Status 505. **/
	var HTTPVersionNotSupported = 505;

	/** Status 506. **/
	var VariantAlsoNegotiates = 506;

	/** Status 507. **/
	var InsufficientStorage = 507;

	/** Status 508. **/
	var LoopDetected = 508;

	/** Status 510. **/
	var NotExtended = 510;

	/** Status 511. **/
	var NetworkAuthenticationRequired = 511;
}
