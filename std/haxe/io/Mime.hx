/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */
package haxe.io;

/**
	Media types (MIME types) as found in HTTP headers and e-mail; each value
	is the type's text and converts to and from `String`.
**/
enum abstract Mime(String) from String to String {
	/** `x-world/x-3dmf` **/
	var XWorldX3dmf = 'x-world/x-3dmf';

	/** `application/octet-stream` **/
	var ApplicationOctetStream = 'application/octet-stream';

	/** `application/x-authorware-bin` **/
	var ApplicationXAuthorwareBin = 'application/x-authorware-bin';

	/** `application/x-authorware-map` **/
	var ApplicationXAuthorwareMap = 'application/x-authorware-map';

	/** `application/x-authorware-seg` **/
	var ApplicationXAuthorwareSeg = 'application/x-authorware-seg';

	/** `text/vnd.abc` **/
	var TextVndAbc = 'text/vnd.abc';

	/** `text/html` **/
	var TextHtml = 'text/html';

	/** `video/animaflex` **/
	var VideoAnimaflex = 'video/animaflex';

	/** `application/postscript` **/
	var ApplicationPostscript = 'application/postscript';

	/** `audio/aiff` **/
	var AudioAiff = 'audio/aiff';

	/** `audio/x-aiff` **/
	var AudioXAiff = 'audio/x-aiff';

	/** `application/x-aim` **/
	var ApplicationXAim = 'application/x-aim';

	/** `text/x-audiosoft-intra` **/
	var TextXAudiosoftIntra = 'text/x-audiosoft-intra';

	/** `application/x-navi-animation` **/
	var ApplicationXNaviAnimation = 'application/x-navi-animation';

	/** `application/x-nokia-9000-communicator-add-on-software` **/
	var ApplicationXNokia9000CommunicatorAddOnSoftware = 'application/x-nokia-9000-communicator-add-on-software';

	/** `application/mime` **/
	var ApplicationMime = 'application/mime';

	/** `application/arj` **/
	var ApplicationArj = 'application/arj';

	/** `image/x-jg` **/
	var ImageXJg = 'image/x-jg';

	/** `video/x-ms-asf` **/
	var VideoXMsAsf = 'video/x-ms-asf';

	/** `text/x-asm` **/
	var TextXAsm = 'text/x-asm';

	/** `text/asp` **/
	var TextAsp = 'text/asp';

	/** `application/x-mplayer2` **/
	var ApplicationXMplayer2 = 'application/x-mplayer2';

	/** `audio/basic` **/
	var AudioBasic = 'audio/basic';

	/** `application/x-troff-msvideo` **/
	var ApplicationXTroffMsvideo = 'application/x-troff-msvideo';

	/** `video/avi` **/
	var VideoAvi = 'video/avi';

	/** `video/msvideo` **/
	var VideoMsvideo = 'video/msvideo';

	/** `video/x-msvideo` **/
	var VideoXMsvideo = 'video/x-msvideo';

	/** `video/avs-video` **/
	var VideoAvsVideo = 'video/avs-video';

	/** `application/x-bcpio` **/
	var ApplicationXBcpio = 'application/x-bcpio';

	/** `application/mac-binary` **/
	var ApplicationMacBinary = 'application/mac-binary';

	/** `application/macbinary` **/
	var ApplicationMacbinary = 'application/macbinary';

	/** `application/x-binary` **/
	var ApplicationXBinary = 'application/x-binary';

	/** `application/x-macbinary` **/
	var ApplicationXMacbinary = 'application/x-macbinary';

	/** `image/bmp` **/
	var ImageBmp = 'image/bmp';

	/** `image/x-windows-bmp` **/
	var ImageXWindowsBmp = 'image/x-windows-bmp';

	/** `application/book` **/
	var ApplicationBook = 'application/book';

	/** `application/x-bzip2` **/
	var ApplicationXBzip2 = 'application/x-bzip2';

	/** `application/x-bsh` **/
	var ApplicationXBsh = 'application/x-bsh';

	/** `application/x-bzip` **/
	var ApplicationXBzip = 'application/x-bzip';

	/** `text/plain` **/
	var TextPlain = 'text/plain';

	/** `text/x-c` **/
	var TextXC = 'text/x-c';

	/** `application/vnd.ms-pki.seccat` **/
	var ApplicationVndMsPkiSeccat = 'application/vnd.ms-pki.seccat';

	/** `application/clariscad` **/
	var ApplicationClariscad = 'application/clariscad';

	/** `application/x-cocoa` **/
	var ApplicationXCocoa = 'application/x-cocoa';

	/** `application/cdf` **/
	var ApplicationCdf = 'application/cdf';

	/** `application/x-cdf` **/
	var ApplicationXCdf = 'application/x-cdf';

	/** `application/x-netcdf` **/
	var ApplicationXNetcdf = 'application/x-netcdf';

	/** `application/pkix-cert` **/
	var ApplicationPkixCert = 'application/pkix-cert';

	/** `application/x-x509-ca-cert` **/
	var ApplicationXX509CaCert = 'application/x-x509-ca-cert';

	/** `application/x-chat` **/
	var ApplicationXChat = 'application/x-chat';

	/** `application/java` **/
	var ApplicationJava = 'application/java';

	/** `application/java-byte-code` **/
	var ApplicationJavaByteCode = 'application/java-byte-code';

	/** `application/x-java-class` **/
	var ApplicationXJavaClass = 'application/x-java-class';

	/** `application/x-cpio` **/
	var ApplicationXCpio = 'application/x-cpio';

	/** `application/mac-compactpro` **/
	var ApplicationMacCompactpro = 'application/mac-compactpro';

	/** `application/pkcs-crl` **/
	var ApplicationPkcsCrl = 'application/pkcs-crl';

	/** `application/x-csh` **/
	var ApplicationXCsh = 'application/x-csh';

	/** `text/css` **/
	var TextCss = 'text/css';

	/** `application/x-director` **/
	var ApplicationXDirector = 'application/x-director';

	/** `application/x-deepv` **/
	var ApplicationXDeepv = 'application/x-deepv';

	/** `video/x-dv` **/
	var VideoXDv = 'video/x-dv';

	/** `video/dl` **/
	var VideoDl = 'video/dl';

	/** `application/msword` **/
	var ApplicationMsword = 'application/msword';

	/** `application/commonground` **/
	var ApplicationCommonground = 'application/commonground';

	/** `application/drafting` **/
	var ApplicationDrafting = 'application/drafting';

	/** `application/x-dvi` **/
	var ApplicationXDvi = 'application/x-dvi';

	/** `drawing/x-dwf (old)` **/
	var DrawingXDwf = 'drawing/x-dwf (old)';

	/** `application/acad` **/
	var ApplicationAcad = 'application/acad';

	/** `application/dxf` **/
	var ApplicationDxf = 'application/dxf';

	/** `text/x-script.elisp` **/
	var TextXScriptElisp = 'text/x-script.elisp';

	/** `application/x-bytecode.elisp (compiled elisp)` **/
	var ApplicationXBytecodeElisp = 'application/x-bytecode.elisp (compiled elisp)';

	/** `application/x-envoy` **/
	var ApplicationXEnvoy = 'application/x-envoy';

	/** `application/x-esrehber` **/
	var ApplicationXEsrehber = 'application/x-esrehber';

	/** `text/x-setext` **/
	var TextXSetext = 'text/x-setext';

	/** `application/envoy` **/
	var ApplicationEnvoy = 'application/envoy';

	/** `text/x-fortran` **/
	var TextXFortran = 'text/x-fortran';

	/** `application/vnd.fdf` **/
	var ApplicationVndFdf = 'application/vnd.fdf';

	/** `image/fif` **/
	var ImageFif = 'image/fif';

	/** `video/fli` **/
	var VideoFli = 'video/fli';

	/** `image/florian` **/
	var ImageFlorian = 'image/florian';

	/** `text/vnd.fmi.flexstor` **/
	var TextVndFmiFlexstor = 'text/vnd.fmi.flexstor';

	/** `video/x-atomic3d-feature` **/
	var VideoXAtomic3dFeature = 'video/x-atomic3d-feature';

	/** `image/vnd.fpx` **/
	var ImageVndFpx = 'image/vnd.fpx';

	/** `application/freeloader` **/
	var ApplicationFreeloader = 'application/freeloader';

	/** `audio/make` **/
	var AudioMake = 'audio/make';

	/** `image/g3fax` **/
	var ImageG3fax = 'image/g3fax';

	/** `image/gif` **/
	var ImageGif = 'image/gif';

	/** `video/gl` **/
	var VideoGl = 'video/gl';

	/** `audio/x-gsm` **/
	var AudioXGsm = 'audio/x-gsm';

	/** `application/x-gsp` **/
	var ApplicationXGsp = 'application/x-gsp';

	/** `application/x-gss` **/
	var ApplicationXGss = 'application/x-gss';

	/** `application/x-gtar` **/
	var ApplicationXGtar = 'application/x-gtar';

	/** `application/x-compressed` **/
	var ApplicationXCompressed = 'application/x-compressed';

	/** `application/x-gzip` **/
	var ApplicationXGzip = 'application/x-gzip';

	/** `application/x-hdf` **/
	var ApplicationXHdf = 'application/x-hdf';

	/** `application/x-helpfile` **/
	var ApplicationXHelpfile = 'application/x-helpfile';

	/** `text/x-script` **/
	var TextXScript = 'text/x-script';

	/** `application/hlp` **/
	var ApplicationHlp = 'application/hlp';

	/** `application/vnd.hp-hpgl` **/
	var ApplicationVndHpHpgl = 'application/vnd.hp-hpgl';

	/** `application/binhex` **/
	var ApplicationBinhex = 'application/binhex';

	/** `application/hta` **/
	var ApplicationHta = 'application/hta';

	/** `text/x-component` **/
	var TextXComponent = 'text/x-component';

	/** `text/webviewhtml` **/
	var TextWebviewhtml = 'text/webviewhtml';

	/** `x-conference/x-cooltalk` **/
	var XConferenceXCooltalk = 'x-conference/x-cooltalk';

	/** `image/x-icon` **/
	var ImageXIcon = 'image/x-icon';

	/** `image/ief` **/
	var ImageIef = 'image/ief';

	/** `application/iges` **/
	var ApplicationIges = 'application/iges';

	/** `application/x-ima` **/
	var ApplicationXIma = 'application/x-ima';

	/** `application/x-httpd-imap` **/
	var ApplicationXHttpdImap = 'application/x-httpd-imap';

	/** `application/inf` **/
	var ApplicationInf = 'application/inf';

	/** `application/x-internett-signup` **/
	var ApplicationXInternettSignup = 'application/x-internett-signup';

	/** `application/x-ip2` **/
	var ApplicationXIp2 = 'application/x-ip2';

	/** `video/x-isvideo` **/
	var VideoXIsvideo = 'video/x-isvideo';

	/** `audio/it` **/
	var AudioIt = 'audio/it';

	/** `application/x-inventor` **/
	var ApplicationXInventor = 'application/x-inventor';

	/** `i-world/i-vrml` **/
	var IWorldIVrml = 'i-world/i-vrml';

	/** `application/x-livescreen` **/
	var ApplicationXLivescreen = 'application/x-livescreen';

	/** `audio/x-jam` **/
	var AudioXJam = 'audio/x-jam';

	/** `application/x-java-commerce` **/
	var ApplicationXJavaCommerce = 'application/x-java-commerce';

	/** `image/jpeg` **/
	var ImageJpeg = 'image/jpeg';

	/** `image/x-jps` **/
	var ImageXJps = 'image/x-jps';

	/** `text/javascript` **/
	var TextJavascript = 'text/javascript';

	/** `application/json` **/
	var ApplicationJson = 'application/json';

	/** `application/javascript` **/
	var ApplicationJavascript = 'application/javascript';

	/** `image/jutvision` **/
	var ImageJutvision = 'image/jutvision';

	/** `audio/midi` **/
	var AudioMidi = 'audio/midi';

	/** `application/x-ksh` **/
	var ApplicationXKsh = 'application/x-ksh';

	/** `audio/nspaudio` **/
	var AudioNspaudio = 'audio/nspaudio';

	/** `audio/x-liveaudio` **/
	var AudioXLiveaudio = 'audio/x-liveaudio';

	/** `application/x-latex` **/
	var ApplicationXLatex = 'application/x-latex';

	/** `application/x-lisp` **/
	var ApplicationXLisp = 'application/x-lisp';

	/** `text/x-la-asf` **/
	var TextXLaAsf = 'text/x-la-asf';

	/** `application/lzx` **/
	var ApplicationLzx = 'application/lzx';

	/** `video/mpeg` **/
	var VideoMpeg = 'video/mpeg';

	/** `audio/mpeg` **/
	var AudioMpeg = 'audio/mpeg';

	/** `audio/x-mpequrl` **/
	var AudioXMpequrl = 'audio/x-mpequrl';

	/** `application/x-troff-man` **/
	var ApplicationXTroffMan = 'application/x-troff-man';

	/** `application/x-navimap` **/
	var ApplicationXNavimap = 'application/x-navimap';

	/** `application/mbedlet` **/
	var ApplicationMbedlet = 'application/mbedlet';

	/** `application/x-magic-cap-package-1.0` **/
	var ApplicationXMagicCapPackage10 = 'application/x-magic-cap-package-1.0';

	/** `application/mcad` **/
	var ApplicationMcad = 'application/mcad';

	/** `image/vasa` **/
	var ImageVasa = 'image/vasa';

	/** `application/netmc` **/
	var ApplicationNetmc = 'application/netmc';

	/** `application/x-troff-me` **/
	var ApplicationXTroffMe = 'application/x-troff-me';

	/** `message/rfc822` **/
	var MessageRfc822 = 'message/rfc822';

	/** `application/x-mif` **/
	var ApplicationXMif = 'application/x-mif';

	/** `www/mime` **/
	var WwwMime = 'www/mime';

	/** `audio/x-vnd.audioexplosion.mjuicemediafile` **/
	var AudioXVndAudioexplosionMjuicemediafile = 'audio/x-vnd.audioexplosion.mjuicemediafile';

	/** `video/x-motion-jpeg` **/
	var VideoXMotionJpeg = 'video/x-motion-jpeg';

	/** `application/base64` **/
	var ApplicationBase64 = 'application/base64';

	/** `audio/mod` **/
	var AudioMod = 'audio/mod';

	/** `video/quicktime` **/
	var VideoQuicktime = 'video/quicktime';

	/** `video/x-sgi-movie` **/
	var VideoXSgiMovie = 'video/x-sgi-movie';

	/** `audio/mpeg3` **/
	var AudioMpeg3 = 'audio/mpeg3';

	/** `application/x-project` **/
	var ApplicationXProject = 'application/x-project';

	/** `application/vnd.ms-project` **/
	var ApplicationVndMsProject = 'application/vnd.ms-project';

	/** `application/marc` **/
	var ApplicationMarc = 'application/marc';

	/** `application/x-troff-ms` **/
	var ApplicationXTroffMs = 'application/x-troff-ms';

	/** `application/x-vnd.audioexplosion.mzz` **/
	var ApplicationXVndAudioexplosionMzz = 'application/x-vnd.audioexplosion.mzz';

	/** `image/naplps` **/
	var ImageNaplps = 'image/naplps';

	/** `application/vnd.nokia.configuration-message` **/
	var ApplicationVndNokiaConfigurationMessage = 'application/vnd.nokia.configuration-message';

	/** `image/x-niff` **/
	var ImageXNiff = 'image/x-niff';

	/** `application/x-mix-transfer` **/
	var ApplicationXMixTransfer = 'application/x-mix-transfer';

	/** `application/x-conference` **/
	var ApplicationXConference = 'application/x-conference';

	/** `application/x-navidoc` **/
	var ApplicationXNavidoc = 'application/x-navidoc';

	/** `application/oda` **/
	var ApplicationOda = 'application/oda';

	/** `application/x-omc` **/
	var ApplicationXOmc = 'application/x-omc';

	/** `application/x-omcdatamaker` **/
	var ApplicationXOmcdatamaker = 'application/x-omcdatamaker';

	/** `application/x-omcregerator` **/
	var ApplicationXOmcregerator = 'application/x-omcregerator';

	/** `text/x-pascal` **/
	var TextXPascal = 'text/x-pascal';

	/** `application/pkcs10` **/
	var ApplicationPkcs10 = 'application/pkcs10';

	/** `application/pkcs-12` **/
	var ApplicationPkcs12 = 'application/pkcs-12';

	/** `application/x-pkcs7-signature` **/
	var ApplicationXPkcs7Signature = 'application/x-pkcs7-signature';

	/** `application/pkcs7-mime` **/
	var ApplicationPkcs7Mime = 'application/pkcs7-mime';

	/** `application/x-pkcs7-certreqresp` **/
	var ApplicationXPkcs7Certreqresp = 'application/x-pkcs7-certreqresp';

	/** `application/pkcs7-signature` **/
	var ApplicationPkcs7Signature = 'application/pkcs7-signature';

	/** `application/pro_eng` **/
	var ApplicationPro_eng = 'application/pro_eng';

	/** `text/pascal` **/
	var TextPascal = 'text/pascal';

	/** `image/x-portable-bitmap` **/
	var ImageXPortableBitmap = 'image/x-portable-bitmap';

	/** `application/vnd.hp-pcl` **/
	var ApplicationVndHpPcl = 'application/vnd.hp-pcl';

	/** `image/x-pict` **/
	var ImageXPict = 'image/x-pict';

	/** `image/x-pcx` **/
	var ImageXPcx = 'image/x-pcx';

	/** `chemical/x-pdb` **/
	var ChemicalXPdb = 'chemical/x-pdb';

	/** `application/pdf` **/
	var ApplicationPdf = 'application/pdf';

	/** `image/x-portable-graymap` **/
	var ImageXPortableGraymap = 'image/x-portable-graymap';

	/** `image/pict` **/
	var ImagePict = 'image/pict';

	/** `application/x-newton-compatible-pkg` **/
	var ApplicationXNewtonCompatiblePkg = 'application/x-newton-compatible-pkg';

	/** `application/vnd.ms-pki.pko` **/
	var ApplicationVndMsPkiPko = 'application/vnd.ms-pki.pko';

	/** `application/x-pixclscript` **/
	var ApplicationXPixclscript = 'application/x-pixclscript';

	/** `image/x-xpixmap` **/
	var ImageXXpixmap = 'image/x-xpixmap';

	/** `application/x-pagemaker` **/
	var ApplicationXPagemaker = 'application/x-pagemaker';

	/** `image/png` **/
	var ImagePng = 'image/png';

	/** `application/x-portable-anymap` **/
	var ApplicationXPortableAnymap = 'application/x-portable-anymap';

	/** `application/mspowerpoint` **/
	var ApplicationMspowerpoint = 'application/mspowerpoint';

	/** `model/x-pov` **/
	var ModelXPov = 'model/x-pov';

	/** `application/vnd.ms-powerpoint` **/
	var ApplicationVndMsPowerpoint = 'application/vnd.ms-powerpoint';

	/** `image/x-portable-pixmap` **/
	var ImageXPortablePixmap = 'image/x-portable-pixmap';

	/** `application/x-freelance` **/
	var ApplicationXFreelance = 'application/x-freelance';

	/** `paleovu/x-pv` **/
	var PaleovuXPv = 'paleovu/x-pv';

	/** `text/x-script.phyton` **/
	var TextXScriptPhyton = 'text/x-script.phyton';

	/** `application/x-bytecode.python` **/
	var ApplicationXBytecodePython = 'application/x-bytecode.python';

	/** `audio/vnd.qcelp` **/
	var AudioVndQcelp = 'audio/vnd.qcelp';

	/** `image/x-quicktime` **/
	var ImageXQuicktime = 'image/x-quicktime';

	/** `video/x-qtc` **/
	var VideoXQtc = 'video/x-qtc';

	/** `audio/x-pn-realaudio` **/
	var AudioXPnRealaudio = 'audio/x-pn-realaudio';

	/** `application/x-cmu-raster` **/
	var ApplicationXCmuRaster = 'application/x-cmu-raster';

	/** `image/cmu-raster` **/
	var ImageCmuRaster = 'image/cmu-raster';

	/** `text/x-script.rexx` **/
	var TextXScriptRexx = 'text/x-script.rexx';

	/** `image/vnd.rn-realflash` **/
	var ImageVndRnRealflash = 'image/vnd.rn-realflash';

	/** `image/x-rgb` **/
	var ImageXRgb = 'image/x-rgb';

	/** `application/vnd.rn-realmedia` **/
	var ApplicationVndRnRealmedia = 'application/vnd.rn-realmedia';

	/** `audio/mid` **/
	var AudioMid = 'audio/mid';

	/** `application/ringing-tones` **/
	var ApplicationRingingTones = 'application/ringing-tones';

	/** `application/vnd.rn-realplayer` **/
	var ApplicationVndRnRealplayer = 'application/vnd.rn-realplayer';

	/** `application/x-troff` **/
	var ApplicationXTroff = 'application/x-troff';

	/** `image/vnd.rn-realpix` **/
	var ImageVndRnRealpix = 'image/vnd.rn-realpix';

	/** `audio/x-pn-realaudio-plugin` **/
	var AudioXPnRealaudioPlugin = 'audio/x-pn-realaudio-plugin';

	/** `text/richtext` **/
	var TextRichtext = 'text/richtext';

	/** `application/rtf` **/
	var ApplicationRtf = 'application/rtf';

	/** `video/vnd.rn-realvideo` **/
	var VideoVndRnRealvideo = 'video/vnd.rn-realvideo';

	/** `audio/s3m` **/
	var AudioS3m = 'audio/s3m';

	/** `application/x-tbook` **/
	var ApplicationXTbook = 'application/x-tbook';

	/** `application/x-lotusscreencam` **/
	var ApplicationXLotusscreencam = 'application/x-lotusscreencam';

	/** `application/sdp` **/
	var ApplicationSdp = 'application/sdp';

	/** `application/sounder` **/
	var ApplicationSounder = 'application/sounder';

	/** `application/sea` **/
	var ApplicationSea = 'application/sea';

	/** `application/set` **/
	var ApplicationSet = 'application/set';

	/** `audio/x-psid` **/
	var AudioXPsid = 'audio/x-psid';

	/** `application/x-sit` **/
	var ApplicationXSit = 'application/x-sit';

	/** `application/x-koan` **/
	var ApplicationXKoan = 'application/x-koan';

	/** `application/x-seelogo` **/
	var ApplicationXSeelogo = 'application/x-seelogo';

	/** `application/smil` **/
	var ApplicationSmil = 'application/smil';

	/** `application/solids` **/
	var ApplicationSolids = 'application/solids';

	/** `application/x-pkcs7-certificates` **/
	var ApplicationXPkcs7Certificates = 'application/x-pkcs7-certificates';

	/** `application/futuresplash` **/
	var ApplicationFuturesplash = 'application/futuresplash';

	/** `application/x-sprite` **/
	var ApplicationXSprite = 'application/x-sprite';

	/** `application/x-wais-source` **/
	var ApplicationXWaisSource = 'application/x-wais-source';

	/** `text/x-server-parsed-html` **/
	var TextXServerParsedHtml = 'text/x-server-parsed-html';

	/** `application/streamingmedia` **/
	var ApplicationStreamingmedia = 'application/streamingmedia';

	/** `application/vnd.ms-pki.certstore` **/
	var ApplicationVndMsPkiCertstore = 'application/vnd.ms-pki.certstore';

	/** `application/step` **/
	var ApplicationStep = 'application/step';

	/** `application/sla` **/
	var ApplicationSla = 'application/sla';

	/** `application/x-sv4cpio` **/
	var ApplicationXSv4cpio = 'application/x-sv4cpio';

	/** `application/x-sv4crc` **/
	var ApplicationXSv4crc = 'application/x-sv4crc';

	/** `image/vnd.dwg` **/
	var ImageVndDwg = 'image/vnd.dwg';

	/** `application/x-world` **/
	var ApplicationXWorld = 'application/x-world';

	/** `application/x-shockwave-flash` **/
	var ApplicationXShockwaveFlash = 'application/x-shockwave-flash';

	/** `text/x-speech` **/
	var TextXSpeech = 'text/x-speech';

	/** `application/x-tar` **/
	var ApplicationXTar = 'application/x-tar';

	/** `application/toolbook` **/
	var ApplicationToolbook = 'application/toolbook';

	/** `application/x-tcl` **/
	var ApplicationXTcl = 'application/x-tcl';

	/** `text/x-script.tcsh` **/
	var TextXScriptTcsh = 'text/x-script.tcsh';

	/** `application/x-tex` **/
	var ApplicationXTex = 'application/x-tex';

	/** `application/x-texinfo` **/
	var ApplicationXTexinfo = 'application/x-texinfo';

	/** `application/gnutar` **/
	var ApplicationGnutar = 'application/gnutar';

	/** `image/tiff` **/
	var ImageTiff = 'image/tiff';

	/** `audio/tsp-audio` **/
	var AudioTspAudio = 'audio/tsp-audio';

	/** `application/dsptype` **/
	var ApplicationDsptype = 'application/dsptype';

	/** `text/tab-separated-values` **/
	var TextTabSeparatedValues = 'text/tab-separated-values';

	/** `text/x-uil` **/
	var TextXUil = 'text/x-uil';

	/** `text/uri-list` **/
	var TextUriList = 'text/uri-list';

	/** `application/i-deas` **/
	var ApplicationIDeas = 'application/i-deas';

	/** `application/x-ustar` **/
	var ApplicationXUstar = 'application/x-ustar';

	/** `text/x-uuencode` **/
	var TextXUuencode = 'text/x-uuencode';

	/** `application/x-cdlink` **/
	var ApplicationXCdlink = 'application/x-cdlink';

	/** `text/x-vcalendar` **/
	var TextXVcalendar = 'text/x-vcalendar';

	/** `application/vda` **/
	var ApplicationVda = 'application/vda';

	/** `video/vdo` **/
	var VideoVdo = 'video/vdo';

	/** `application/groupwise` **/
	var ApplicationGroupwise = 'application/groupwise';

	/** `video/vivo` **/
	var VideoVivo = 'video/vivo';

	/** `application/vocaltec-media-desc` **/
	var ApplicationVocaltecMediaDesc = 'application/vocaltec-media-desc';

	/** `application/vocaltec-media-file` **/
	var ApplicationVocaltecMediaFile = 'application/vocaltec-media-file';

	/** `audio/voc` **/
	var AudioVoc = 'audio/voc';

	/** `video/vosaic` **/
	var VideoVosaic = 'video/vosaic';

	/** `audio/voxware` **/
	var AudioVoxware = 'audio/voxware';

	/** `audio/x-twinvq-plugin` **/
	var AudioXTwinvqPlugin = 'audio/x-twinvq-plugin';

	/** `audio/x-twinvq` **/
	var AudioXTwinvq = 'audio/x-twinvq';

	/** `application/x-vrml` **/
	var ApplicationXVrml = 'application/x-vrml';

	/** `x-world/x-vrt` **/
	var XWorldXVrt = 'x-world/x-vrt';

	/** `application/x-visio` **/
	var ApplicationXVisio = 'application/x-visio';

	/** `application/wordperfect6.0` **/
	var ApplicationWordperfect60 = 'application/wordperfect6.0';

	/** `application/wordperfect6.1` **/
	var ApplicationWordperfect61 = 'application/wordperfect6.1';

	/** `audio/wav` **/
	var AudioWav = 'audio/wav';

	/** `application/x-qpro` **/
	var ApplicationXQpro = 'application/x-qpro';

	/** `image/vnd.wap.wbmp` **/
	var ImageVndWapWbmp = 'image/vnd.wap.wbmp';

	/** `application/vnd.xara` **/
	var ApplicationVndXara = 'application/vnd.xara';

	/** `image/webp` **/
	var ImageWebp = 'image/webp';

	/** `application/x-123` **/
	var ApplicationX123 = 'application/x-123';

	/** `windows/metafile` **/
	var WindowsMetafile = 'windows/metafile';

	/** `text/vnd.wap.wml` **/
	var TextVndWapWml = 'text/vnd.wap.wml';

	/** `application/vnd.wap.wmlc` **/
	var ApplicationVndWapWmlc = 'application/vnd.wap.wmlc';

	/** `text/vnd.wap.wmlscript` **/
	var TextVndWapWmlscript = 'text/vnd.wap.wmlscript';

	/** `application/vnd.wap.wmlscriptc` **/
	var ApplicationVndWapWmlscriptc = 'application/vnd.wap.wmlscriptc';

	/** `application/wordperfect` **/
	var ApplicationWordperfect = 'application/wordperfect';

	/** `application/x-lotus` **/
	var ApplicationXLotus = 'application/x-lotus';

	/** `application/mswrite` **/
	var ApplicationMswrite = 'application/mswrite';

	/** `model/vrml` **/
	var ModelVrml = 'model/vrml';

	/** `text/scriplet` **/
	var TextScriplet = 'text/scriplet';

	/** `application/x-wintalk` **/
	var ApplicationXWintalk = 'application/x-wintalk';

	/** `image/x-xbitmap` **/
	var ImageXXbitmap = 'image/x-xbitmap';

	/** `video/x-amt-demorun` **/
	var VideoXAmtDemorun = 'video/x-amt-demorun';

	/** `xgl/drawing` **/
	var XglDrawing = 'xgl/drawing';

	/** `image/vnd.xiff` **/
	var ImageVndXiff = 'image/vnd.xiff';

	/** `application/excel` **/
	var ApplicationExcel = 'application/excel';

	/** `audio/xm` **/
	var AudioXm = 'audio/xm';

	/** `application/xml` **/
	var ApplicationXml = 'application/xml';

	/** `xgl/movie` **/
	var XglMovie = 'xgl/movie';

	/** `application/x-vnd.ls-xpix` **/
	var ApplicationXVndLsXpix = 'application/x-vnd.ls-xpix';

	/** `video/x-amt-showrun` **/
	var VideoXAmtShowrun = 'video/x-amt-showrun';

	/** `image/x-xwd` **/
	var ImageXXwd = 'image/x-xwd';

	/** `application/x-compress` **/
	var ApplicationXCompress = 'application/x-compress';

	/** `multipart/x-zip` **/
	var MultipartXZip = 'multipart/x-zip';

	/** `text/x-script.zsh` **/
	var TextXScriptZsh = 'text/x-script.zsh';
}
