//! The haxe 4.2.5 command line: flags, `.hxml` files, `--next`/`--each`, `--cwd`, server modes.
//!
//! [`parse_command_line`] reproduces haxe's two passes (`src/compiler/haxe.ml`):
//!
//! 1. `process_params`: walks the arguments in order, splicing `.hxml` files in where they
//!    appear (relative to the current directory *at that point*), applying `--cwd`/`-C`
//!    immediately, splitting builds at `--next`, remembering the arguments before `--each` as
//!    common to all following builds, and stopping at `--connect` and `--run`.
//!    A trailing `--display X` is first moved to the front.
//! 2. `init`: each build's argument list goes through OCaml's `Arg.parse_argv` semantics (exact
//!    flag names, `--flag=value`, a value may start with `-`) against haxe's flag table
//!    [`FLAGS`], in order: targets set their defines when they appear, `-D` checks reserved
//!    names, bare arguments become root types (or `include` macros), `%VAR%` is expanded.
//!    Then the target's late defines are added (`Initialize.initialize_target`).
//!
//! The flag table is also a [`clap::Command`] ([`clap_command`]): the ordered pass rewrites each
//! recognised flag into a canonical `--id=value` token and clap collects the order-independent
//! lists (class paths, macros, commands, ...) and switches. clap never prints anything: every
//! error is an [`ArgError`] whose `Display` is exactly what haxe prints on stderr.

use std::fmt;
use std::path::{Path, PathBuf};

use super::defines::Defines;
use super::hxml::{self, HxmlError};

/// The version hxs imitates.
pub const HAXE_VERSION: &str = "4.2.5";
/// `haxe_ver` as haxe formats it (`%.3f` of 4205/1000).
pub const HAXE_VER: &str = "4.205";
/// `hl_ver` from haxe 4.2.5's `std/hl/hl_version` (haxe reads the file; it is fixed for 4.2.5).
pub const HL_VER: &str = "1.10.0";

/// Flags haxe refuses in `-D` (`reserved_flags` in haxe.ml).
pub const RESERVED_FLAGS: &[&str] = &[
    "true", "false", "null", "cross", "js", "lua", "neko", "flash", "php", "cpp", "cs", "java",
    "python", "swc", "macro", "sys", "static", "utf16", "haxe", "haxe_ver",
];

/// Maximum number of hxml files one command line may expand (guards acyclic blow-ups).
const MAX_HXML_EXPANSIONS: usize = 10_000;

// ---------------------------------------------------------------------------------------------
// Public data model
// ---------------------------------------------------------------------------------------------

/// Everything a command line asks for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CommandLine {
    /// The builds in the order haxe runs them. A build with `help` set prints the extended usage
    /// instead of compiling; one for which [`Build::prints_usage`] holds prints the short usage.
    /// With `server` = `Wait`/`ServerConnect`, the last build is the one in which that flag
    /// appeared, cut there (its `verbose` etc. apply to the server; haxe runs the others first).
    pub builds: Vec<Build>,
    /// A server mode, when the command line enters one (parsing stops there).
    pub server: Option<ServerMode>,
    /// Some build asked for `--help`/`-h`/`-help`.
    pub help: bool,
    /// Some build asked for `--version` (haxe prints `4.2.5` on stdout for each).
    pub version: bool,
}

/// How the command line involves a compilation server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerMode {
    /// `--wait` / `--server-listen`: `PORT`, `HOST:PORT` or `stdio`.
    Wait(String),
    /// `--connect HOST:PORT`: the lines to send, exactly as haxe sends them: first the single
    /// line `--cwd <current directory>` (the directory after any `--cwd` already applied), then
    /// the build's arguments so far and all remaining ones, unexpanded. Each line is followed
    /// by `\n` on the wire and the request ends with `\0`; the server splits it with the hxml
    /// rules ([`split_server_request`]).
    Connect(String, Vec<String>),
    /// `--server-connect HOST:PORT`.
    ServerConnect(String),
}

/// The compilation target chosen by a target flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Target {
    /// No target flag: haxe's `cross` platform.
    #[default]
    Cross,
    Js,
    Lua,
    /// `--swf` (platform `flash`).
    Flash,
    Neko,
    Php,
    Cpp,
    /// `--cppia` (platform `cpp` with `-D cppia`).
    Cppia,
    Cs,
    Java,
    /// `--jvm` (platform `java` with `-D jvm`).
    Jvm,
    Python,
    Hl,
    /// `--interp`, `--run`, `-x` (platform `eval`).
    Interp,
}

impl Target {
    /// haxe's platform name (`target.name`).
    pub fn platform_name(self) -> &'static str {
        match self {
            Target::Cross => "cross",
            Target::Js => "js",
            Target::Lua => "lua",
            Target::Flash => "flash",
            Target::Neko => "neko",
            Target::Php => "php",
            Target::Cpp | Target::Cppia => "cpp",
            Target::Cs => "cs",
            Target::Java | Target::Jvm => "java",
            Target::Python => "python",
            Target::Hl => "hl",
            Target::Interp => "eval",
        }
    }

    /// The platform's static flags (`Common.get_config` of haxe 4.2.5):
    /// (static, sys, utf16, threads, unicode). `cpp_unicode` is cpp's `pf_supports_unicode`.
    fn config(self, cpp_unicode: bool) -> (bool, bool, bool, bool, bool) {
        match self {
            Target::Cross => (true, true, true, false, true),
            Target::Js => (false, false, true, false, true),
            Target::Lua => (false, true, false, false, true),
            Target::Neko => (false, true, false, true, false),
            Target::Flash => (true, false, true, false, true),
            Target::Php => (false, true, false, false, true),
            Target::Cpp | Target::Cppia => (true, true, true, true, cpp_unicode),
            Target::Cs | Target::Java | Target::Jvm | Target::Hl => (true, true, true, true, true),
            Target::Python => (false, true, false, true, true),
            Target::Interp => (false, true, false, true, true),
        }
    }
}

/// A haxelib library from `-lib`/`-L`/`--library` (or implied by `--cs`/`--java`/`--jvm`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Library {
    /// As given: `name` or `name:version`.
    pub spec: String,
    pub name: String,
    pub version: Option<String>,
    /// haxe resolves pending libraries when it meets the next `-cp` (or `--swf-lib`), so their
    /// class paths come right before `class_paths[class_path_index]` (or after all of them when
    /// equal to `class_paths.len()`).
    pub class_path_index: usize,
}

/// A native library flag (`--swf-lib`, `--java-lib`, `--net-lib`, and their `-extern` forms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NativeLib {
    /// The flag's canonical name without dashes, e.g. `swf-lib`, `java-lib-extern`, `net-lib`.
    pub kind: String,
    pub path: String,
    /// Only used for type checking (`-extern` forms).
    pub is_extern: bool,
}

/// One compilation (the part of the command line between `--next`s, plus the `--each` part).
#[derive(Debug, Clone, PartialEq)]
pub struct Build {
    /// The working directory for this build (after every `--cwd` seen so far).
    pub cwd: PathBuf,
    /// The build's arguments after hxml expansion (the `--each` ones first), as haxe's `com.args`.
    pub args: Vec<String>,
    /// `-cp`/`-p`/`--class-path`, as given, in command-line order.
    pub class_paths: Vec<String>,
    /// `-main`/`-m`/`--main` (or `--run`/`-x`) as a dotted path (`a/b/C.hx` → `a.b.C`).
    pub main: Option<String>,
    /// Bare type-path arguments as dotted paths, in order (the main class is not repeated).
    pub root_types: Vec<String>,
    /// How many of `root_types` came before `-main` on the command line (haxe loads the
    /// roots in command-line order).
    pub main_index: usize,
    /// `--macro` calls, then `include('pack', true, null, null, true)` for bare lowercase paths,
    /// in command-line order.
    pub macros: Vec<String>,
    pub defines: Defines,
    pub target: Target,
    /// The target's output file or directory (`None` for `--interp` and no target).
    pub output: Option<String>,
    /// `--display` as given (trimmed): `FILE@POS[@MODE]`, `classes`, `diagnostics`, JSON, ...
    pub display: Option<String>,
    pub times: bool,
    pub verbose: bool,
    pub no_output: bool,
    /// `--debug`/`-debug`.
    pub debug: bool,
    pub libs: Vec<Library>,
    /// hxs: `--std-path DIR` (resolved against `cwd`).
    pub std_path: Option<PathBuf>,
    /// hxs: `--cache-dir DIR` (resolved against `cwd`).
    pub cache_dir: Option<PathBuf>,
    /// `-r`/`--resource FILE[@NAME]` as (file, name); haxe reads the files, the caller does.
    pub resources: Vec<(String, String)>,
    /// `--remap PACK:TARGET`.
    pub remaps: Vec<(String, String)>,
    /// `--cmd` commands (unquoted), run after a successful compilation.
    pub cmds: Vec<String>,
    /// `--xml FILE`.
    pub xml_out: Option<String>,
    /// `--json FILE`.
    pub json_out: Option<String>,
    pub native_libs: Vec<NativeLib>,
    pub net_std: Vec<String>,
    pub c_args: Vec<String>,
    /// The largest `--swf-version` (haxe's default is 10).
    pub swf_version: Option<f64>,
    /// `--swf-header` as given (validated).
    pub swf_header: Option<String>,
    /// `--interp`, `-x` or `--run`: interpret instead of generating.
    pub interp: bool,
    /// Arguments after `--run MODULE` (the program's `Sys.args()`).
    pub run_args: Vec<String>,
    pub prompt: bool,
    pub haxelib_global: bool,
    pub help_defines: bool,
    pub help_metas: bool,
    /// `--version` was given in this build.
    pub version: bool,
    /// `--help` was given: this build prints the extended usage and does nothing else.
    pub help: bool,
    /// haxe's `did_something` (`--version`, `--cwd`, `--help-defines`, `--display memory`, ...).
    pub did_something: bool,
    /// haxe's `force_typing` (`--macro`, bare lowercase paths, JSON display requests).
    pub force_typing: bool,
}

impl Build {
    fn new(cwd: PathBuf, args: Vec<String>) -> Self {
        Build {
            cwd,
            args,
            class_paths: Vec::new(),
            main: None,
            root_types: Vec::new(),
            main_index: 0,
            macros: Vec::new(),
            defines: Defines::haxe_initial(),
            target: Target::Cross,
            output: None,
            display: None,
            times: false,
            verbose: false,
            no_output: false,
            debug: false,
            libs: Vec::new(),
            std_path: None,
            cache_dir: None,
            resources: Vec::new(),
            remaps: Vec::new(),
            cmds: Vec::new(),
            xml_out: None,
            json_out: None,
            native_libs: Vec::new(),
            net_std: Vec::new(),
            c_args: Vec::new(),
            swf_version: None,
            swf_header: None,
            interp: false,
            run_args: Vec::new(),
            prompt: false,
            haxelib_global: false,
            help_defines: false,
            help_metas: false,
            version: false,
            help: false,
            did_something: false,
            force_typing: false,
        }
    }

    /// haxe prints the short usage (on stdout, exit 0) for a build with nothing to compile:
    /// no main, no root types, no macros, no `--cmd` and nothing else done.
    pub fn prints_usage(&self) -> bool {
        !self.help
            && self.main.is_none()
            && self.root_types.is_empty()
            && !self.force_typing
            && self.cmds.is_empty()
            && !self.did_something
    }

    /// The types haxe types besides `main` and `root_types`: always `Std`, plus `php.Boot` for
    /// `--php` and `cpp.cppia.HostClasses` when compiling cppia.
    pub fn implicit_root_types(&self) -> Vec<&'static str> {
        let mut v = vec!["Std"];
        if self.target == Target::Php {
            v.push("php.Boot");
        }
        if matches!(self.target, Target::Cpp | Target::Cppia) && self.defines.is_defined("cppia") {
            v.push("cpp.cppia.HostClasses");
        }
        v
    }

    /// How many times the build asked for `--version` (haxe prints the version once per flag).
    pub fn version_count(&self) -> usize {
        if !self.version {
            return 0;
        }
        let n = self
            .args
            .iter()
            .filter(|a| matches!(a.as_str(), "--version" | "-version"))
            .count();
        n.max(1)
    }

    /// The display mode part of a `FILE@POS@MODE` display argument, if any.
    pub fn display_mode(&self) -> Option<&str> {
        let d = self.display.as_deref()?;
        let (_, rest) = d.split_once('@')?;
        rest.split_once('@').map(|(_, m)| m)
    }
}

/// A command line haxe rejects. `Display` is exactly what haxe prints on stderr (possibly
/// several lines, no trailing newline); haxe then exits with `exit_code`.
///
/// haxe runs the builds before the failing one first (`builds_before`), and when the failing
/// build had already entered a `--display` mode, the error goes through that mode's output
/// (for `diagnostics`, a diagnostic with exit code 0: see [`ArgError::in_diagnostics_mode`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ArgError {
    pub message: String,
    pub exit_code: i32,
    /// The complete builds that precede the failing one (haxe has run them already).
    pub builds_before: Vec<Build>,
    /// The failing build's `--display` argument, when it was processed before the error.
    pub display: Option<String>,
}

impl ArgError {
    fn new(message: impl Into<String>) -> Self {
        ArgError {
            message: message.into(),
            exit_code: 1,
            builds_before: Vec::new(),
            display: None,
        }
    }

    /// Whether the failing build was in diagnostics display mode: haxe then prints
    /// `[{"file":null,"diagnostics":[{"kind":2,"severity":1,"range":null,"args":MESSAGE}]}]`
    /// on stderr and exits with 0 instead of printing the message.
    pub fn in_diagnostics_mode(&self) -> bool {
        self.display.as_deref().is_some_and(is_diagnostics_display)
    }
    /// `Arg.Bad` from `process_params`, or `Failure` in `init`: `Error: MSG`.
    fn plain(msg: impl fmt::Display) -> Self {
        Self::new(format!("Error: {msg}"))
    }
    /// An `Arg` error inside `Arg.parse_argv`: `Error: : MSG.` (haxe keeps its first line).
    fn arg(msg: impl fmt::Display) -> Self {
        Self::new(format!("Error: : {msg}."))
    }
    /// An uncaught OCaml exception in `process_params`: exit code 2.
    fn fatal(exn: &str) -> Self {
        ArgError {
            exit_code: 2,
            ..Self::new(format!("Fatal error: exception {exn}"))
        }
    }
}

impl fmt::Display for ArgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ArgError {}

/// Whether a `--display` argument selects haxe's diagnostics mode (`diagnostics` or
/// `FILE@POS@diagnostics`).
pub fn is_diagnostics_display(display: &str) -> bool {
    display == "diagnostics"
        || display
            .split_once('@')
            .and_then(|(_, rest)| rest.split_once('@'))
            .is_some_and(|(_, mode)| mode == "diagnostics")
}

// ---------------------------------------------------------------------------------------------
// The flag table
// ---------------------------------------------------------------------------------------------

/// What a flag takes (OCaml `Arg.Unit`, `Arg.String`, `Arg.Float`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagKind {
    Unit,
    String,
    Float,
}

/// One row of haxe's flag table (`basic_args_spec @ adv_args_spec`), plus hxs's own flags.
#[derive(Debug, Clone, Copy)]
pub struct FlagSpec {
    /// Canonical id (also the clap argument id).
    pub id: &'static str,
    pub category: &'static str,
    /// Official names (shown in the usage).
    pub names: &'static [&'static str],
    /// Deprecated names (accepted, not shown).
    pub deprecated: &'static [&'static str],
    pub kind: FlagKind,
    pub hint: &'static str,
    pub doc: &'static str,
    /// In haxe's basic usage (the one printed when there is nothing to do).
    pub basic: bool,
    /// hxs's own flags: not in haxe's usage nor its suggestions.
    pub hxs_only: bool,
}

#[allow(clippy::too_many_arguments)]
const fn f(
    id: &'static str,
    category: &'static str,
    names: &'static [&'static str],
    deprecated: &'static [&'static str],
    kind: FlagKind,
    hint: &'static str,
    doc: &'static str,
    basic: bool,
) -> FlagSpec {
    FlagSpec {
        id,
        category,
        names,
        deprecated,
        kind,
        hint,
        doc,
        basic,
        hxs_only: false,
    }
}

use FlagKind::{Float as FL, String as ST, Unit as UN};

/// haxe 4.2.5's flags in its own order, then hxs's `--std-path` and `--cache-dir`.
#[rustfmt::skip]
pub const FLAGS: &[FlagSpec] = &[
    f("js", "Target", &["--js"], &["-js"], ST, "<file>", "generate JavaScript code into target file", true),
    f("lua", "Target", &["--lua"], &["-lua"], ST, "<file>", "generate Lua code into target file", true),
    f("swf", "Target", &["--swf"], &["-swf"], ST, "<file>", "generate Flash SWF bytecode into target file", true),
    f("neko", "Target", &["--neko"], &["-neko"], ST, "<file>", "generate Neko bytecode into target file", true),
    f("php", "Target", &["--php"], &["-php"], ST, "<directory>", "generate PHP code into target directory", true),
    f("cpp", "Target", &["--cpp"], &["-cpp"], ST, "<directory>", "generate C++ code into target directory", true),
    f("cppia", "Target", &["--cppia"], &["-cppia"], ST, "<file>", "generate Cppia bytecode into target file", true),
    f("cs", "Target", &["--cs"], &["-cs"], ST, "<directory>", "generate C# code into target directory", true),
    f("java", "Target", &["--java"], &["-java"], ST, "<directory>", "generate Java code into target directory", true),
    f("jvm", "Target", &["--jvm"], &[], ST, "<file>", "generate JVM bytecode into target file", true),
    f("python", "Target", &["--python"], &["-python"], ST, "<file>", "generate Python code into target file", true),
    f("hl", "Target", &["--hl"], &["-hl"], ST, "<file>", "generate HashLink .hl bytecode or .c code into target file", true),
    f("x", "Target", &[], &["-x"], ST, "<class>", "interpret the program using internal macro system", true),
    f("interp", "Target", &["--interp"], &[], UN, "", "interpret the program using internal macro system", true),
    f("run", "Target", &["--run"], &[], UN, "<module> [args...]", "interpret a Haxe module with command line arguments", true),
    f("class-path", "Compilation", &["-p", "--class-path"], &["-cp"], ST, "<path>", "add a directory to find source files", true),
    f("main", "Compilation", &["-m", "--main"], &["-main"], ST, "<class>", "select startup class", true),
    f("library", "Compilation", &["-L", "--library"], &["-lib"], ST, "<name[:ver]>", "use a haxelib library", true),
    f("define", "Compilation", &["-D", "--define"], &[], ST, "<var[=value]>", "define a conditional compilation flag", true),
    f("verbose", "Debug", &["-v", "--verbose"], &[], UN, "", "turn on verbose mode", true),
    f("debug", "Debug", &["--debug"], &["-debug"], UN, "", "add debug information to the compiled code", true),
    f("version", "Miscellaneous", &["--version"], &["-version"], UN, "", "print version and exit", true),
    f("help", "Miscellaneous", &["-h", "--help"], &["-help"], UN, "", "show extended help information", true),
    f("help-defines", "Miscellaneous", &["--help-defines"], &[], UN, "", "print help for all compiler specific defines", true),
    f("help-metas", "Miscellaneous", &["--help-metas"], &[], UN, "", "print help for all compiler metadatas", true),
    f("dce", "Optimization", &["--dce"], &["-dce"], ST, "[std|full|no]", "set the dead code elimination mode (default std)", false),
    f("swf-version", "Target-specific", &["--swf-version"], &["-swf-version"], FL, "<version>", "change the SWF version", false),
    f("swf-header", "Target-specific", &["--swf-header"], &["-swf-header"], ST, "<header>", "define SWF header (width:height:fps:color)", false),
    f("flash-strict", "Target-specific", &["--flash-strict"], &[], UN, "", "more type strict flash API", false),
    f("swf-lib", "Target-specific", &["--swf-lib"], &["-swf-lib"], ST, "<file>", "add the SWF library to the compiled SWF", false),
    f("swf-lib-extern", "Target-specific", &["--swf-lib-extern"], &["-swf-lib-extern"], ST, "<file>", "use the SWF library for type checking", false),
    f("java-lib", "Target-specific", &["--java-lib"], &["-java-lib"], ST, "<file>", "add an external JAR or directory of JAR files", false),
    f("java-lib-extern", "Target-specific", &["--java-lib-extern"], &[], ST, "<file>", "use an external JAR or directory of JAR files for type checking", false),
    f("net-lib", "Target-specific", &["--net-lib"], &["-net-lib"], ST, "<file>[@std]", "add an external .NET DLL file", false),
    f("net-std", "Target-specific", &["--net-std"], &["-net-std"], ST, "<file>", "add a root std .NET DLL search path", false),
    f("c-arg", "Target-specific", &["--c-arg"], &["-c-arg"], ST, "<arg>", "pass option <arg> to the native Java/C# compiler", false),
    f("resource", "Compilation", &["-r", "--resource"], &["-resource"], ST, "<file>[@name]", "add a named resource file", false),
    f("prompt", "Debug", &["--prompt"], &["-prompt"], UN, "", "prompt on error", false),
    f("cmd", "Compilation", &["--cmd"], &["-cmd"], ST, "<command>", "run the specified command after successful compilation", false),
    f("no-traces", "Optimization", &["--no-traces"], &[], UN, "", "don't compile trace calls in the program", false),
    f("next", "Batch", &["--next"], &[], UN, "", "separate several haxe compilations", false),
    f("each", "Batch", &["--each"], &[], UN, "", "append preceding parameters to all Haxe compilations separated by --next", false),
    f("display", "Services", &["--display"], &[], ST, "", "display code tips", false),
    f("xml", "Services", &["--xml"], &["-xml"], ST, "<file>", "generate XML types description", false),
    f("json", "Services", &["--json"], &[], ST, "<file>", "generate JSON types description", false),
    f("no-output", "Optimization", &["--no-output"], &[], UN, "", "compiles but does not generate any file", false),
    f("times", "Debug", &["--times"], &[], UN, "", "measure compilation times", false),
    f("no-inline", "Optimization", &["--no-inline"], &[], UN, "", "disable inlining", false),
    f("no-opt", "Optimization", &["--no-opt"], &[], UN, "", "disable code optimizations", false),
    f("remap", "Compilation", &["--remap"], &[], ST, "<package:target>", "remap a package to another one", false),
    f("macro", "Compilation", &["--macro"], &[], ST, "<macro>", "call the given macro before typing anything else", false),
    f("server-listen", "Compilation Server", &["--server-listen"], &["--wait"], ST, "[[host:]port]|stdio]", "wait on the given port (or use standard i/o) for commands to run", false),
    f("server-connect", "Compilation Server", &["--server-connect"], &[], ST, "[host:]port]", "connect to the given port and wait for commands to run", false),
    f("connect", "Compilation Server", &["--connect"], &[], ST, "<[host:]port>", "connect on the given port and run commands there", false),
    f("cwd", "Compilation", &["-C", "--cwd"], &[], ST, "<directory>", "set current working directory", false),
    f("haxelib-global", "Compilation", &["--haxelib-global"], &[], UN, "", "pass --global argument to haxelib", false),
    FlagSpec {
        id: "std-path",
        category: "hxs",
        names: &["--std-path"],
        deprecated: &[],
        kind: ST,
        hint: "<directory>",
        doc: "hxs: use this haxe std directory",
        basic: false,
        hxs_only: true,
    },
    FlagSpec {
        id: "cache-dir",
        category: "hxs",
        names: &["--cache-dir"],
        deprecated: &[],
        kind: ST,
        hint: "<directory>",
        doc: "hxs: keep the persistent cache in this directory",
        basic: false,
        hxs_only: true,
    },
];

/// The flag named exactly `name` (official or deprecated form).
pub fn lookup_flag(name: &str) -> Option<&'static FlagSpec> {
    FLAGS
        .iter()
        .find(|s| s.names.contains(&name) || s.deprecated.contains(&name))
}

/// The flag table as a clap command: one argument per flag, `--<id>`, never printing.
/// [`parse_command_line`] feeds it the canonical tokens of each build.
pub fn clap_command() -> clap::Command {
    use clap::{Arg, ArgAction, Command};
    let mut cmd = Command::new("haxe")
        .no_binary_name(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .args_override_self(false);
    for spec in FLAGS {
        let arg = Arg::new(spec.id).long(spec.id).help(spec.doc);
        let arg = match spec.kind {
            FlagKind::Unit => arg.action(ArgAction::Count),
            FlagKind::String | FlagKind::Float => arg
                .action(ArgAction::Append)
                .num_args(1)
                .allow_hyphen_values(true)
                .value_name(spec.hint),
        };
        cmd = cmd.arg(arg);
    }
    cmd.arg(
        Arg::new("positional")
            .long("positional")
            .action(ArgAction::Append)
            .num_args(1)
            .allow_hyphen_values(true),
    )
}

const CATEGORY_ORDER: &[&str] = &[
    "Target",
    "Compilation",
    "Optimization",
    "Debug",
    "Batch",
    "Services",
    "Compilation Server",
    "Target-specific",
    "Miscellaneous",
];

/// haxe's `usage_string`: the given flags (those with official names) grouped by category.
fn usage_string(specs: &[&FlagSpec], print_cat: bool, header: &str) -> String {
    let specs: Vec<&FlagSpec> = specs
        .iter()
        .copied()
        .filter(|s| !s.names.is_empty() && !s.hxs_only)
        .collect();
    let label = |s: &FlagSpec| format!("{} {}", s.names.join(", "), s.hint);
    let max = specs.iter().map(|s| label(s).len()).max().unwrap_or(0);
    let mut lines = Vec::new();
    for cat in CATEGORY_ORDER {
        let in_cat: Vec<&FlagSpec> = specs
            .iter()
            .copied()
            .filter(|s| s.category == *cat)
            .collect();
        if in_cat.is_empty() {
            continue;
        }
        if print_cat {
            lines.push(format!("\n{cat}:"));
        }
        for s in in_cat {
            let l = label(s);
            lines.push(format!("  {l}{}  {}", " ".repeat(max - l.len()), s.doc));
        }
    }
    format!("{header}{}", lines.join("\n"))
}

/// The text haxe prints on stdout (followed by a newline) for `--help` (`extended`) or for a
/// build with nothing to do (the basic flags only).
pub fn usage(extended: bool) -> String {
    let header = format!(
        "Haxe Compiler {HAXE_VERSION} - (C)2005-2020 Haxe Foundation\nUsage: haxe <target> [options] [hxml files and dot paths...]\n"
    );
    let specs: Vec<&FlagSpec> = FLAGS.iter().filter(|s| extended || s.basic).collect();
    usage_string(&specs, true, &header)
}

// ---------------------------------------------------------------------------------------------
// Small OCaml-compatible helpers
// ---------------------------------------------------------------------------------------------

/// OCaml `int_of_string` (63-bit): sign, `0x`/`0o`/`0b`/`0u` prefixes, `_` after a digit.
pub fn ocaml_int_of_string(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let (neg, mut i) = match b.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let mut radix = 10u32;
    let mut unsigned = false;
    if b.len() >= i + 2 && b[i] == b'0' {
        match b[i + 1] {
            b'x' | b'X' => radix = 16,
            b'o' | b'O' => radix = 8,
            b'b' | b'B' => radix = 2,
            b'u' | b'U' => unsigned = true,
            _ => {}
        }
        if radix != 10 || unsigned {
            i += 2;
        }
    }
    let digits = &b[i..];
    let first = *digits.first()?;
    (first as char).to_digit(radix)?;
    let mut v: u128 = 0;
    for &c in digits {
        if c == b'_' {
            continue;
        }
        v = v * radix as u128 + (c as char).to_digit(radix)? as u128;
        if v > (1u128 << 64) {
            return None;
        }
    }
    // OCaml native ints are 63-bit; decimal literals must fit, others may wrap up to 2^63.
    let limit: u128 = if radix == 10 && !unsigned {
        1 << 62
    } else {
        (1 << 63) - 1
    };
    if v > limit || (v == limit && radix == 10 && !unsigned && !neg) {
        return None;
    }
    let mut r = v as i64;
    if radix != 10 || unsigned {
        // wrap into the 63-bit range like OCaml does
        if r >= 1 << 62 {
            r -= 1 << 63;
        }
    }
    Some(if neg { r.wrapping_neg() } else { r })
}

/// OCaml `float_of_string` (close enough: `_` ignored, decimal/exponent, `nan`, `inf`).
fn ocaml_float_of_string(s: &str) -> Option<f64> {
    let t: String = s.chars().filter(|&c| c != '_').collect();
    if t.is_empty() || t.starts_with(char::is_whitespace) || t.ends_with(char::is_whitespace) {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['-', '+']);
    if let Some(hex) = body.strip_prefix("0x") {
        let neg = lower.starts_with('-');
        let v = i64::from_str_radix(hex, 16).ok()? as f64;
        return Some(if neg { -v } else { v });
    }
    if body.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        || matches!(body, "nan" | "inf" | "infinity")
    {
        lower.parse::<f64>().ok()
    } else {
        None
    }
}

/// haxe's `parse_host_port`: `PORT` or `HOST:PORT` (split at the first `:`), the port as an
/// OCaml int. The error is the `Invalid port` haxe raises.
pub fn parse_host_port(hp: &str) -> Result<(String, i64), ArgError> {
    let (host, port) = match hp.split_once(':') {
        Some((h, p)) => (h.to_string(), p),
        None => ("127.0.0.1".to_string(), hp),
    };
    match ocaml_int_of_string(port) {
        Some(p) => Ok((host, p)),
        None => Err(ArgError::arg("Invalid port")),
    }
}

/// `StringHelper.s_escape` of one byte-string character.
fn s_escape_char(c: &str) -> String {
    match c {
        "\n" => "\\n".into(),
        "\t" => "\\t".into(),
        "\r" => "\\r".into(),
        "\"" => "\\\"".into(),
        "\\" => "\\\\".into(),
        _ if c.len() == 1 && c.as_bytes()[0] < 32 => format!("\\x{:02X}", c.as_bytes()[0]),
        _ => c.into(),
    }
}

/// The `Failure` message of `Path.parse_path` (haxe works on bytes; a non-ASCII byte that is
/// not valid on its own is shown as U+FFFD, which is what haxe's output decodes to).
fn path_failure(f: &str, msg: &str) -> String {
    format!("Could not process argument {f}\n{msg}")
}

fn check_invalid_char(x: &str) -> Result<(), String> {
    let b = x.as_bytes();
    for &c in b.iter().skip(1) {
        if !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.') {
            // haxe prints the single byte; a lone non-ASCII byte is invalid UTF-8 and shows
            // as U+FFFD in a lossy decoding of haxe's output, which is what we print.
            let shown = if c.is_ascii() {
                s_escape_char(&(c as char).to_string())
            } else {
                "\u{FFFD}".to_string()
            };
            return Err(format!("Invalid character: {shown}"));
        }
    }
    Ok(())
}

fn check_package_name(x: &str) -> Result<(), String> {
    match x.as_bytes().first() {
        None => Err("Package name must not be empty".into()),
        Some(&c) if !c.is_ascii_lowercase() && c != b'_' => {
            Err("Package name must start with a lowercase letter".into())
        }
        _ => check_invalid_char(x),
    }
}

/// `Path.get_path_parts`: `a/b/C.hx` (or `\`) → `[a, b, C]`, otherwise split at `.`.
/// Like ExtString's `nsplit`, an empty string gives no parts.
fn get_path_parts(f: &str) -> Vec<String> {
    if f.len() > 3 && f.ends_with(".hx") {
        let s = f[..f.len() - 3].replace('\\', "/");
        if s.is_empty() {
            return Vec::new();
        }
        s.split('/').map(str::to_string).collect()
    } else if f.is_empty() {
        Vec::new()
    } else {
        f.split('.').map(str::to_string).collect()
    }
}

/// `Path.parse_path`: (package, name). The error is the `Failure` message.
fn parse_path(f: &str) -> Result<(Vec<String>, String), String> {
    let parts = get_path_parts(f);
    let inner = || -> Result<(Vec<String>, String), String> {
        match parts.split_last() {
            None => Err(path_failure(f, "Package name must not be empty")),
            Some((name, pack)) => {
                for p in pack {
                    check_package_name(p)?;
                }
                check_invalid_char(name)?;
                Ok((pack.to_vec(), name.clone()))
            }
        }
    };
    inner().map_err(|msg| path_failure(f, &msg))
}

/// `StringHelper.starts_uppercase_identifier`; `None` for the empty string (haxe raises).
fn starts_uppercase_identifier(x: &str) -> Option<bool> {
    let b = x.as_bytes();
    if b.is_empty() {
        return None;
    }
    for (p, &c) in b.iter().enumerate() {
        match c {
            b'A'..=b'Z' => return Some(true),
            b'_' if p + 1 < b.len() => continue,
            _ => return Some(false),
        }
    }
    Some(false)
}

/// `Path.parse_type_path` as a dotted string; the error is haxe's full message line(s).
fn parse_type_path(s: &str) -> Result<String, ArgError> {
    let (pack, name) = parse_path(s).map_err(ArgError::plain)?;
    match starts_uppercase_identifier(&name) {
        None => return Err(ArgError::plain("empty part")),
        Some(false) => {
            return Err(ArgError::plain(
                "Class name must start with an uppercase letter",
            ))
        }
        Some(true) => {}
    }
    Ok(dotted(&pack, &name))
}

fn dotted(pack: &[String], name: &str) -> String {
    let mut s = String::new();
    for p in pack {
        s.push_str(p);
        s.push('.');
    }
    s.push_str(name);
    s
}

/// haxe's `expand_env`: `%NAME%` → the environment variable, left alone when unset.
pub fn expand_env(arg: &str) -> String {
    if !arg.contains('%') {
        return arg.to_string();
    }
    let mut out = String::new();
    let mut rest = arg;
    while let Some(start) = rest.find('%') {
        let after = &rest[start + 1..];
        let len = after
            .bytes()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
            .count();
        if len > 0 && after.as_bytes().get(len) == Some(&b'%') {
            let key = &after[..len];
            out.push_str(&rest[..start]);
            match std::env::var(key) {
                Ok(v) => out.push_str(&v),
                Err(_) => {
                    out.push('%');
                    out.push_str(key);
                    out.push('%');
                }
            }
            rest = &after[len + 1..];
        } else {
            out.push_str(&rest[..start + 1]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The unknown-option error with haxe's "Did you mean" list.
fn unknown_option(opt: &str) -> ArgError {
    let first = format!("Error: : unknown option '{opt}'.");
    // haxe's regexp `unknown option [`']?\([-A-Za-z]+\)` captures the leading run of those chars
    let s: String = opt
        .chars()
        .take_while(|c| *c == '-' || c.is_ascii_alphabetic())
        .collect();
    if s.is_empty() {
        return ArgError::new(first);
    }
    let names: Vec<&str> = FLAGS
        .iter()
        .filter(|f| !f.hxs_only)
        .flat_map(|f| f.names.iter().chain(f.deprecated.iter()).copied())
        .collect();
    let mut scored: Vec<(&str, usize)> = names
        .iter()
        .map(|n| (*n, crate::syntax::suggest::levenshtein(&s, n)))
        .collect();
    scored.sort_by_key(|(_, d)| *d); // stable, like OCaml's List.sort
    let similar: Vec<&str> = scored
        .iter()
        .take_while(|(n, d)| *d <= s.len().min(n.len()) / 3)
        .map(|(n, _)| *n)
        .collect();
    if similar.is_empty() {
        return ArgError::new(first);
    }
    let specs: Vec<&FlagSpec> = FLAGS
        .iter()
        .filter(|f| {
            !f.hxs_only
                && f.names
                    .iter()
                    .chain(f.deprecated.iter())
                    .any(|n| similar.contains(n))
        })
        .collect();
    ArgError::new(format!(
        "{first}\nDid you mean:\n{}",
        usage_string(&specs, false, "")
    ))
}

// ---------------------------------------------------------------------------------------------
// Pass 1: process_params
// ---------------------------------------------------------------------------------------------

struct Frame {
    args: Vec<String>,
    pos: usize,
    /// The canonical path of the hxml file this frame came from.
    file: Option<PathBuf>,
}

/// The argument list with hxml files spliced in lazily (a stack of frames).
struct Stream {
    frames: Vec<Frame>,
    expansions: usize,
}

impl Stream {
    fn next(&mut self) -> Option<String> {
        loop {
            let top = self.frames.last_mut()?;
            if top.pos < top.args.len() {
                top.pos += 1;
                return Some(std::mem::take(&mut top.args[top.pos - 1]));
            }
            self.frames.pop();
        }
    }

    fn rest(&mut self) -> Vec<String> {
        let mut out = Vec::new();
        while let Some(a) = self.next() {
            out.push(a);
        }
        out
    }

    fn push_file(&mut self, canonical: PathBuf, args: Vec<String>) -> Result<(), ArgError> {
        if self
            .frames
            .iter()
            .any(|f| f.file.as_deref() == Some(canonical.as_path()))
        {
            return Err(ArgError::plain(format!(
                "hxml file includes itself: {}",
                canonical.display()
            )));
        }
        self.expansions += 1;
        if self.expansions > MAX_HXML_EXPANSIONS {
            return Err(ArgError::plain("Too many hxml files"));
        }
        self.frames.push(Frame {
            args,
            pos: 0,
            file: Some(canonical),
        });
        Ok(())
    }
}

/// What the per-build pass tells the outer loop.
enum Outcome {
    Continue,
    /// A server mode: stop everything.
    Server(ServerMode),
}

/// Parses a whole haxe command line (the arguments after the program name) starting in `cwd`.
pub fn parse_command_line(args: &[String], cwd: &Path) -> Result<CommandLine, ArgError> {
    parse(args, cwd, false)
}

/// Parses the arguments a client sent to a compilation server (haxe's `process_params` inside
/// the server): like [`parse_command_line`] except that `--connect HOST:PORT` is skipped
/// ("already connected"). Clients send `--cwd DIR` first, so `cwd` is rarely used.
pub fn parse_server_request(args: &[String], cwd: &Path) -> Result<CommandLine, ArgError> {
    parse(args, cwd, true)
}

/// haxe's `HAXE_COMPILATION_SERVER` handling, checked before anything else: when the variable
/// is set, the whole command line (unprocessed) goes to that `[HOST:]PORT`. A bad port kills
/// haxe with `Fatal error: exception Failure("Invalid HAXE_COMPILATION_SERVER port")`, exit 2.
pub fn connect_from_env(server: &str, args: &[String], cwd: &Path) -> Result<ServerMode, ArgError> {
    let port = server.split_once(':').map_or(server, |(_, p)| p);
    if ocaml_int_of_string(port).is_none() {
        return Err(ArgError::fatal(
            "Failure(\"Invalid HAXE_COMPILATION_SERVER port\")",
        ));
    }
    let mut send = vec![format!("--cwd {}", cwd.display())];
    send.extend(args.iter().cloned());
    Ok(ServerMode::Connect(server.to_string(), send))
}

/// The receiving side of a server request (haxe's `wait_loop`): the text up to the
/// terminating `\0`. Returns the arguments (split with the hxml line rules, so the first line
/// `--cwd DIR` becomes two arguments) and the stdin content that follows a `\x01`, if any.
/// Pass the arguments to [`parse_server_request`].
pub fn split_server_request(data: &str) -> Result<(Vec<String>, Option<String>), ArgError> {
    let (text, stdin) = match data.split_once('\x01') {
        Some((t, s)) => (t, Some(s.to_string())),
        None => (data, None),
    };
    match hxml::parse_hxml_data(text) {
        Ok(args) => Ok((args, stdin)),
        Err(_) => Err(ArgError::new(
            "Invalid_argument(\"String.sub / Bytes.sub\")",
        )),
    }
}

fn parse(args: &[String], cwd: &Path, in_server: bool) -> Result<CommandLine, ArgError> {
    let mut cl = CommandLine::default();
    match parse_into(&mut cl, args, cwd, in_server) {
        Ok(()) => Ok(cl),
        Err(mut e) => {
            e.builds_before = cl.builds;
            Err(e)
        }
    }
}

fn parse_into(
    cl: &mut CommandLine,
    args: &[String],
    cwd: &Path,
    in_server: bool,
) -> Result<(), ArgError> {
    let mut args: Vec<String> = args.to_vec();
    // put --display in front if it was the last parameter
    let n = args.len();
    if n >= 2 && args[n - 2] == "--display" && args[n - 1] != "memory" {
        let file = args.pop().unwrap_or_default();
        args.pop();
        args.insert(0, file);
        args.insert(0, "--display".into());
    }

    let mut cwd = cwd.to_path_buf();
    let mut each: Vec<String> = Vec::new();
    let mut acc: Vec<String> = Vec::new();
    let mut stream = Stream {
        frames: vec![Frame {
            args,
            pos: 0,
            file: None,
        }],
        expansions: 0,
    };

    let finish = |acc: Vec<String>,
                  each: &[String],
                  cwd: &Path,
                  run_args: Option<Vec<String>>,
                  cl: &mut CommandLine|
     -> Result<Outcome, ArgError> {
        let mut all = each.to_vec();
        all.extend(acc);
        let (build, outcome) = init_build(all, cwd, run_args)?;
        cl.help |= build.help;
        cl.version |= build.version;
        cl.builds.push(build);
        Ok(outcome)
    };

    loop {
        let Some(arg) = stream.next() else {
            if let Outcome::Server(s) = finish(acc, &each, &cwd, None, cl)? {
                cl.server = Some(s);
            }
            return Ok(());
        };
        match arg.as_str() {
            "--next" if acc.is_empty() => {}
            "--next" => {
                let a = std::mem::take(&mut acc);
                if let Outcome::Server(s) = finish(a, &each, &cwd, None, cl)? {
                    cl.server = Some(s);
                    return Ok(());
                }
            }
            "--each" => each = std::mem::take(&mut acc),
            "--cwd" | "-C" => match stream.next() {
                Some(dir) => {
                    let target = cwd.join(&dir);
                    match std::fs::canonicalize(&target) {
                        Ok(p) if p.is_dir() => cwd = p,
                        _ => return Err(ArgError::plain(format!("Invalid directory: {dir}"))),
                    }
                    acc.push("--cwd".into());
                    acc.push(dir);
                }
                None => acc.push(arg),
            },
            "--connect" => match stream.next() {
                Some(_) if in_server => {} // already connected: skip
                Some(hp) => {
                    let port = hp.split_once(':').map_or(hp.as_str(), |(_, p)| p);
                    if ocaml_int_of_string(port).is_none() {
                        return Err(ArgError::plain("Invalid port"));
                    }
                    let mut send = vec![format!("--cwd {}", cwd.display())];
                    send.extend(acc);
                    send.extend(stream.rest());
                    cl.server = Some(ServerMode::Connect(hp, send));
                    return Ok(());
                }
                None => acc.push(arg),
            },
            "--run" => match stream.next() {
                Some(module) => {
                    acc.push("-x".into());
                    acc.push(module);
                    let rest = stream.rest();
                    if let Outcome::Server(s) = finish(acc, &each, &cwd, Some(rest), cl)? {
                        cl.server = Some(s);
                    }
                    return Ok(());
                }
                None => acc.push(arg),
            },
            _ if hxml::is_hxml_name(&arg)
                && !matches!(acc.last().map(String::as_str), Some("-cmd" | "--cmd")) =>
            {
                let path = cwd.join(&arg);
                match hxml::read_hxml(&path) {
                    Ok(items) => {
                        let canonical = std::fs::canonicalize(&path).unwrap_or(path);
                        stream.push_file(canonical, items)?;
                    }
                    Err(HxmlError::NotFound) => acc.push(format!("{arg} (file not found)")),
                    Err(HxmlError::Unreadable(why)) => {
                        return Err(ArgError::fatal(&format!("Sys_error(\"{why}\")")))
                    }
                    Err(HxmlError::LoneQuote) => {
                        return Err(ArgError::fatal(
                            "Invalid_argument(\"String.sub / Bytes.sub\")",
                        ))
                    }
                    Err(HxmlError::InvalidUtf8) => {
                        return Err(ArgError::plain(format!(
                            "{arg}: hxml file is not valid UTF-8"
                        )))
                    }
                }
            }
            _ => acc.push(arg),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Pass 2: init (one build)
// ---------------------------------------------------------------------------------------------

struct State {
    build: Build,
    /// Canonical `--id=value` tokens for clap.
    canonical: Vec<String>,
    /// Libraries met since the last `-cp`/`--swf-lib`.
    pending_libs: Vec<String>,
    /// Class paths met so far (the list itself is collected by clap at the end).
    class_path_count: usize,
    display_active: bool,
}

impl State {
    fn process_libs(&mut self) {
        let index = self.class_path_count;
        for spec in std::mem::take(&mut self.pending_libs) {
            if self.build.libs.iter().any(|l| l.spec == spec) {
                continue;
            }
            let (name, version) = match spec.split_once(':') {
                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                None => (spec.clone(), None),
            };
            self.build.libs.push(Library {
                spec,
                name,
                version,
                class_path_index: index,
            });
        }
    }

    /// `Initialize.set_platform` + `Common.init_platform`.
    fn set_platform(&mut self, target: Target, file: &str) -> Result<(), ArgError> {
        if self.build.target != Target::Cross {
            return Err(ArgError::plain("Multiple targets"));
        }
        self.init_platform(target);
        self.build.output = if target == Target::Interp {
            None
        } else {
            Some(file.to_string())
        };
        let ext = file.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        if target == Target::Flash && ext == "swc" {
            self.build.defines.define("swc");
        }
        Ok(())
    }

    fn init_platform(&mut self, target: Target) {
        let d = &mut self.build.defines;
        let cpp_unicode = d.is_defined("cppia") || !d.is_defined("disable_unicode_strings");
        let (st, sys, utf16, threads, unicode) = target.config(cpp_unicode);
        if st {
            d.define_value("target.static", "true");
            d.define("static");
        }
        if sys {
            d.define_value("target.sys", "true");
            d.define("sys");
        }
        if utf16 {
            d.define_value("target.utf16", "true");
            d.define("utf16");
        }
        if threads {
            d.define_value("target.threaded", "true");
        }
        if unicode {
            d.define_value("target.unicode", "true");
        }
        let name = target.platform_name();
        d.define_value("target.name", name);
        d.define(name);
        self.build.target = target;
    }

    /// The bare type paths seen so far.
    fn positional_count(&self) -> usize {
        self.canonical
            .iter()
            .filter(|a| a.starts_with("--positional="))
            .count()
    }

    fn canon(&mut self, id: &str, value: Option<&str>) {
        match value {
            Some(v) => self.canonical.push(format!("--{id}={v}")),
            None => self.canonical.push(format!("--{id}")),
        }
    }

    /// OCaml `args_callback`: a bare argument.
    fn anonymous(&mut self, arg: &str) -> Result<(), ArgError> {
        match parse_path(arg) {
            Ok((pack, name)) => match starts_uppercase_identifier(&name) {
                None => Err(ArgError::new(
                    "Invalid_argument(\"Identifier name must not be empty\")",
                )),
                Some(true) => {
                    self.canon("positional", Some(&dotted(&pack, &name)));
                    Ok(())
                }
                Some(false) => {
                    self.build.force_typing = true;
                    let call = format!("include('{arg}', true, null, null, true)");
                    self.canon("macro", Some(&call));
                    Ok(())
                }
            },
            Err(_) if self.display_active => Ok(()),
            Err(msg) => Err(ArgError::plain(msg)),
        }
    }
}

/// What stopped the flag loop early.
enum Stop {
    Help,
    Server(ServerMode),
}

/// One build: `init`'s argument processing and the target's late defines.
fn init_build(
    args: Vec<String>,
    cwd: &Path,
    run_args: Option<Vec<String>>,
) -> Result<(Build, Outcome), ArgError> {
    let mut st = State {
        build: Build::new(cwd.to_path_buf(), args.clone()),
        canonical: Vec::new(),
        pending_libs: Vec::new(),
        class_path_count: 0,
        display_active: false,
    };
    if let Some(r) = run_args {
        st.build.run_args = r;
    }
    {
        let d = &mut st.build.defines;
        d.define_value("haxe_ver", HAXE_VER);
        d.define("haxe3");
        d.define("haxe4");
        d.define_value("haxe", HAXE_VERSION);
        d.define_value("dce", "std");
    }

    // env expansion, except the argument following --display
    let mut expanded = Vec::with_capacity(args.len());
    let mut i = 0;
    while i < args.len() {
        if args[i] == "--display" && i + 1 < args.len() {
            expanded.push(args[i].clone());
            expanded.push(args[i + 1].clone());
            i += 2;
        } else {
            expanded.push(expand_env(&args[i]));
            i += 1;
        }
    }

    match init_flags(&mut st, &expanded) {
        Ok(outcome) => Ok((st.build, outcome)),
        Err(mut e) => {
            e.display = st.build.display.take();
            Err(e)
        }
    }
}

fn init_flags(st: &mut State, expanded: &[String]) -> Result<Outcome, ArgError> {
    let stop = process_flags(st, expanded)?;
    let outcome = match stop {
        Some(Stop::Server(s)) => {
            collect_with_clap(st)?;
            return Ok(Outcome::Server(s));
        }
        Some(Stop::Help) => {
            st.build.help = true;
            collect_with_clap(st)?;
            return Ok(Outcome::Continue);
        }
        None => Outcome::Continue,
    };

    // after processing the arguments
    if matches!(st.build.target, Target::Cpp | Target::Cppia)
        && !st.build.defines.is_defined("disable_unicode_strings")
        && !st.build.defines.is_defined("hxcpp_smart_strings")
    {
        st.build.defines.define("hxcpp_smart_strings");
    }
    if st.build.defines.is_defined("gen_hx_classes") {
        st.build.force_typing = true;
    }
    st.process_libs();
    initialize_target(st)?;
    collect_with_clap(st)?;
    Ok(outcome)
}

/// OCaml `Arg.parse_argv` over one build's arguments, in order.
fn process_flags(st: &mut State, args: &[String]) -> Result<Option<Stop>, ArgError> {
    let mut i = 0;
    while i < args.len() {
        let s = &args[i];
        i += 1;
        if !s.starts_with('-') {
            st.anonymous(s)?;
            continue;
        }
        let (spec, follow) = match lookup_flag(s) {
            Some(spec) => (spec, None),
            None => match s
                .split_once('=')
                .and_then(|(k, v)| Some((lookup_flag(k)?, v)))
            {
                Some((spec, v)) => (spec, Some(v.to_string())),
                None => return Err(unknown_option(s)),
            },
        };
        let value = match spec.kind {
            FlagKind::Unit => {
                if let Some(v) = follow {
                    return Err(ArgError::arg(format!(
                        "wrong argument '{v}'; option '{s}' expects no argument"
                    )));
                }
                None
            }
            FlagKind::String | FlagKind::Float => match follow {
                Some(v) => Some(v),
                None => match args.get(i) {
                    Some(v) => {
                        i += 1;
                        Some(v.clone())
                    }
                    None => return Err(ArgError::arg(format!("option '{s}' needs an argument"))),
                },
            },
        };
        if spec.kind == FlagKind::Float {
            let v = value.as_deref().unwrap_or_default();
            if ocaml_float_of_string(v).is_none() {
                return Err(ArgError::arg(format!(
                    "wrong argument '{v}'; option '{s}' expects a float"
                )));
            }
        }
        if let Some(stop) = apply_flag(st, spec, value)? {
            return Ok(Some(stop));
        }
    }
    Ok(None)
}

/// The effect of one recognised flag (the body of haxe's spec function).
fn apply_flag(
    st: &mut State,
    spec: &FlagSpec,
    value: Option<String>,
) -> Result<Option<Stop>, ArgError> {
    let v = value.clone().unwrap_or_default();
    let id = spec.id;
    // the canonical token for clap (only for flags that reach here without error)
    let mut canon = true;
    match id {
        "js" => st.set_platform(Target::Js, &v)?,
        "lua" => st.set_platform(Target::Lua, &v)?,
        "swf" => st.set_platform(Target::Flash, &v)?,
        "neko" => st.set_platform(Target::Neko, &v)?,
        "php" => st.set_platform(Target::Php, &v)?,
        "cpp" => st.set_platform(Target::Cpp, &v)?,
        "cppia" => {
            st.build.defines.define("cppia");
            st.set_platform(Target::Cppia, &v)?;
        }
        "cs" => {
            st.pending_libs.push("hxcs".into());
            st.set_platform(Target::Cs, &v)?;
        }
        "java" => {
            st.pending_libs.push("hxjava".into());
            st.set_platform(Target::Java, &v)?;
        }
        "jvm" => {
            st.pending_libs.push("hxjava".into());
            st.build.defines.define("jvm");
            st.set_platform(Target::Jvm, &v)?;
        }
        "python" => st.set_platform(Target::Python, &v)?,
        "hl" => st.set_platform(Target::Hl, &v)?,
        "x" => {
            let cpath = parse_type_path(&v)?;
            match &st.build.main {
                Some(c) if *c != cpath => {
                    return Err(ArgError::arg("Multiple --main classes specified"))
                }
                Some(_) => {}
                None => {
                    st.build.main = Some(cpath);
                    st.build.main_index = st.positional_count();
                }
            }
            st.build.defines.define("interp");
            st.set_platform(Target::Interp, "")?;
            st.build.interp = true;
        }
        "interp" => {
            st.build.defines.define("interp");
            st.set_platform(Target::Interp, "")?;
            st.build.interp = true;
        }
        "run" => {
            return Err(ArgError::arg(
                "--run requires an argument: a Haxe module name",
            ))
        }
        "class-path" => {
            st.process_libs();
            st.class_path_count += 1;
        }
        "main" => {
            if st.build.main.is_some() {
                return Err(ArgError::arg("Multiple --main classes specified"));
            }
            st.build.main = Some(parse_type_path(&v)?);
            st.build.main_index = st.positional_count();
        }
        "library" => {
            st.pending_libs.push(v.clone());
            st.build.defines.define(&v);
        }
        "define" => {
            let flag = v.split_once('=').map_or(v.as_str(), |(k, _)| k);
            if RESERVED_FLAGS.contains(&flag) {
                return Err(ArgError::arg(format!(
                    "`{flag}` is a reserved compiler flag and cannot be defined from the command line"
                )));
            }
            if flag.starts_with("target.") {
                return Err(ArgError::arg(format!(
                    "`{flag}` uses the reserved compiler flag namespace `target.*` and cannot be defined from the command line"
                )));
            }
            st.build.defines.define(&v);
        }
        "verbose" => {}
        "debug" => {
            st.build.defines.define("debug");
        }
        "version" => {
            st.build.version = true;
            st.build.did_something = true;
        }
        "help" => return Ok(Some(Stop::Help)),
        "help-defines" | "help-metas" => st.build.did_something = true,
        "dce" => {
            if !matches!(v.as_str(), "std" | "full" | "no") {
                return Err(ArgError::arg("Invalid DCE mode, expected std | full | no"));
            }
            st.build.defines.define_value("dce", &v);
        }
        "swf-version" => {
            let f = ocaml_float_of_string(&v).unwrap_or(10.0);
            match st.build.swf_version {
                Some(old) if old >= f => {}
                _ => st.build.swf_version = Some(f),
            }
            canon = false;
        }
        "swf-header" => {
            let ok = (|| -> Option<()> {
                let parts: Vec<&str> = v.split(':').collect();
                if parts.len() != 3 && parts.len() != 4 {
                    return None;
                }
                ocaml_int_of_string(parts[0])?;
                ocaml_int_of_string(parts[1])?;
                ocaml_float_of_string(parts[2])?;
                if let Some(c) = parts.get(3) {
                    let c = if c.starts_with("0x") {
                        c.to_string()
                    } else {
                        format!("0x{c}")
                    };
                    ocaml_int_of_string(&c)?;
                }
                Some(())
            })();
            if ok.is_none() {
                return Err(ArgError::arg(
                    "Invalid SWF header format, expected width:height:fps[:color]",
                ));
            }
        }
        "flash-strict" => st.build.defines.define("flash_strict"),
        "swf-lib" => {
            st.process_libs();
            st.build.native_libs.push(native(id, &v));
        }
        "swf-lib-extern" | "java-lib" | "java-lib-extern" | "net-lib" => {
            st.build.native_libs.push(native(id, &v));
        }
        "net-std" | "c-arg" => {}
        "resource" => {
            let parts: Vec<&str> = v.split('@').collect();
            let (file, name) = match parts.as_slice() {
                [file, name] => (file.to_string(), name.to_string()),
                [file] => (file.to_string(), file.to_string()),
                _ => return Err(ArgError::arg("Invalid Resource format, expected file@name")),
            };
            st.build.resources.push((file, name));
        }
        "prompt" => {}
        "cmd" => match hxml::unquote(&v) {
            Some(c) => {
                let c = c.to_string();
                st.canon("cmd", Some(&c));
                canon = false;
            }
            None => {
                return Err(ArgError::new(
                    "Invalid_argument(\"String.sub / Bytes.sub\")",
                ))
            }
        },
        "no-traces" => st.build.defines.define("no_traces"),
        "next" | "each" | "connect" => {
            // only reachable as `--next=x` (an error above) or `--connect=x`: haxe's
            // `die` ("Compiler failure" and a backtrace)
            return Err(ArgError::new("Compiler failure"));
        }
        "display" => {
            let input = v.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c'));
            if input.starts_with('[') || input.starts_with('{') {
                st.build.did_something = true;
                st.build.force_typing = true;
                st.display_active = true;
            } else {
                handle_display_argument(st, input)?;
            }
            st.build.display = Some(input.to_string());
            canon = false;
        }
        "xml" | "json" | "no-output" | "times" => {}
        "no-inline" => st.build.defines.define("no_inline"),
        "no-opt" => st.build.defines.define("no_opt"),
        "remap" if !v.contains(':') => {
            return Err(ArgError::arg(
                "Invalid remap format, expected source:target",
            ))
        }
        "macro" => st.build.force_typing = true,
        "server-listen" => {
            if v != "stdio" {
                parse_host_port(&v)?;
            }
            st.canon(id, value.as_deref());
            return Ok(Some(Stop::Server(ServerMode::Wait(v))));
        }
        "server-connect" => {
            parse_host_port(&v)?;
            st.canon(id, value.as_deref());
            return Ok(Some(Stop::Server(ServerMode::ServerConnect(v))));
        }
        "cwd" => st.build.did_something = true,
        "haxelib-global" => {}
        "std-path" => st.build.std_path = Some(st.build.cwd.join(&v)),
        "cache-dir" => st.build.cache_dir = Some(st.build.cwd.join(&v)),
        _ => {}
    }
    if canon {
        st.canon(id, value.as_deref());
    }
    Ok(None)
}

fn native(id: &str, path: &str) -> NativeLib {
    NativeLib {
        kind: id.trim_end_matches("-extern").to_string(),
        path: path.to_string(),
        is_extern: id.ends_with("-extern"),
    }
}

/// `DisplayOutput.handle_display_argument`: validation and the `display` define.
fn handle_display_argument(st: &mut State, input: &str) -> Result<(), ArgError> {
    match input {
        "classes" | "keywords" => {}
        "memory" => st.build.did_something = true,
        "diagnostics" => {}
        _ => {
            let Some((_file, pos)) = input.split_once('@') else {
                return Err(ArgError::plain(format!("Invalid format: {input}")));
            };
            let (pos, smode) = pos.split_once('@').unwrap_or((pos, ""));
            // usage, diagnostics and statistics type everything: no `display` define
            let full_typing = matches!(smode, "usage" | "diagnostics" | "statistics");
            if ocaml_int_of_string(pos).is_none() {
                return Err(ArgError::plain(format!("Invalid format: {pos}")));
            }
            // diagnostics runs with compilation settings (not a display mode)
            st.display_active = smode != "diagnostics";
            if !full_typing {
                let val = if smode.is_empty() { "1" } else { smode };
                st.build.defines.define_value("display", val);
            }
        }
    }
    Ok(())
}

/// `Initialize.initialize_target`: the defines a target adds after all arguments.
fn initialize_target(st: &mut State) -> Result<(), ArgError> {
    match st.build.target {
        Target::Cross => st.init_platform(Target::Cross),
        Target::Flash => {
            let version = st.build.swf_version.unwrap_or(10.0);
            let d = &mut st.build.defines;
            for (v, name) in FLASH_VERSIONS {
                if *v > version {
                    break;
                }
                d.define(&format!("flash{name}"));
            }
            d.define("flash");
        }
        Target::Js => {
            let d = &mut st.build.defines;
            let es = match d.get("js_es") {
                None => {
                    d.define_value("js_es", "5");
                    5
                }
                Some(s) => ocaml_int_of_string(s).unwrap_or(0),
            };
            if es < 3 || es == 4 {
                return Err(ArgError::plain("Invalid -D js-es value"));
            }
            if es >= 5 {
                d.define("js-es5");
            }
        }
        Target::Cpp | Target::Cppia => st.build.defines.define_value("hxcpp_api_level", "400"),
        Target::Cs => {
            let d = &mut st.build.defines;
            let netcore_ver = d.get("netcore_ver").map(str::to_string);
            let net_ver = match d.get("net_ver") {
                Some(s) => ocaml_int_of_string(s).ok_or_else(|| {
                    ArgError::plain(
                        "Invalid value for -D net-ver. Expected format: xx (e.g. 20, 35, 40, 45, 50)",
                    )
                })?,
                None if netcore_ver.is_some() => {
                    d.define_value("net_ver", "47");
                    47
                }
                None => {
                    d.define_value("net_ver", "20");
                    20
                }
            };
            if net_ver < 20 {
                return Err(ArgError::plain(format!(
                    ".NET version is defined to target .NET {net_ver}, but the compiler can only output code to versions equal or superior to .NET 2.0 (defined as 20)"
                )));
            }
            for v in [20, 21, 30, 35, 40, 45, 50] {
                if v > net_ver {
                    break;
                }
                d.define(&format!("NET_{v}"));
            }
            let target = d
                .get("net_target")
                .map_or("net".to_string(), |s| s.to_lowercase());
            d.define_value("net_target", &target);
            d.define(&target);
            if target == "netcore" && netcore_ver.is_none() {
                return Err(ArgError::plain(
                    ".NET target is defined as netcore but -D netcore-ver is missing",
                ));
            }
        }
        Target::Java | Target::Jvm => {
            let d = &mut st.build.defines;
            let java_ver = match d.get("java_ver") {
                Some(s) => {
                    ocaml_int_of_string(s).ok_or_else(|| ArgError::plain("int_of_string"))?
                }
                None => {
                    d.define_value("java_ver", "7");
                    7
                }
            };
            if java_ver < 5 {
                return Err(ArgError::plain(format!(
                    "Java version is defined to target Java {java_ver}, but the compiler can only output code to versions equal or superior to Java 5"
                )));
            }
            for i in (0..=java_ver.min(1000)).rev() {
                d.define(&format!("java{i}"));
            }
        }
        Target::Python => {
            if !st.build.defines.is_defined("python_version") {
                st.build.defines.define_value("python_version", "3.3");
            }
        }
        Target::Hl => {
            if !st.build.defines.is_defined("hl_ver") {
                st.build.defines.define_value("hl_ver", HL_VER);
            }
        }
        Target::Neko | Target::Lua | Target::Php | Target::Interp => {}
    }
    Ok(())
}

/// `Common.flash_versions`: (version, define suffix).
const FLASH_VERSIONS: &[(f64, &str)] = &[
    (9.0, "9"),
    (10.0, "10"),
    (10.1, "10_1"),
    (10.2, "10_2"),
    (10.3, "10_3"),
    (11.0, "11"),
    (11.1, "11_1"),
    (11.2, "11_2"),
    (11.3, "11_3"),
    (11.4, "11_4"),
    (11.5, "11_5"),
    (11.6, "11_6"),
    (11.7, "11_7"),
    (11.8, "11_8"),
    (11.9, "11_9"),
    (12.0, "12"),
    (13.0, "13"),
    (14.0, "14"),
    (15.0, "15"),
    (16.0, "16"),
    (17.0, "17"),
    (18.0, "18"),
    (19.0, "19"),
    (20.0, "20"),
    (21.0, "21"),
    (22.0, "22"),
    (23.0, "23"),
    (24.0, "24"),
    (25.0, "25"),
    (26.0, "26"),
    (27.0, "27"),
    (28.0, "28"),
    (29.0, "29"),
    (31.0, "31"),
    (32.0, "32"),
];

/// Runs clap over the canonical tokens and fills the order-independent fields.
fn collect_with_clap(st: &mut State) -> Result<(), ArgError> {
    // Building the command costs more than parsing with it, and the compilation server
    // parses every request: it is built once per process and reused (clap supports reuse).
    static COMMAND: std::sync::OnceLock<std::sync::Mutex<clap::Command>> =
        std::sync::OnceLock::new();
    let parsed = {
        let mut cmd = COMMAND
            .get_or_init(|| std::sync::Mutex::new(clap_command()))
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        cmd.try_get_matches_from_mut(&st.canonical)
    };
    let matches = parsed.map_err(|e| {
        ArgError::plain(format!(
            "internal: {}",
            e.to_string().lines().next().unwrap_or("")
        ))
    })?;
    let strings = |id: &str| -> Vec<String> {
        matches
            .get_many::<String>(id)
            .map(|v| v.cloned().collect())
            .unwrap_or_default()
    };
    let last = |id: &str| strings(id).pop();
    let flag = |id: &str| matches.get_count(id) > 0;
    let b = &mut st.build;
    b.class_paths = strings("class-path");
    b.macros = strings("macro");
    b.root_types = strings("positional");
    b.cmds = strings("cmd");
    b.net_std = strings("net-std");
    b.c_args = strings("c-arg");
    b.xml_out = last("xml");
    b.json_out = last("json");
    b.swf_header = last("swf-header");
    b.remaps = strings("remap")
        .into_iter()
        .filter_map(|r| {
            r.split_once(':')
                .map(|(a, c)| (a.to_string(), c.to_string()))
        })
        .collect();
    b.times = flag("times");
    b.verbose = flag("verbose");
    b.no_output = flag("no-output");
    b.debug = flag("debug");
    b.prompt = flag("prompt");
    b.haxelib_global = flag("haxelib-global");
    b.help_defines = flag("help-defines");
    b.help_metas = flag("help-metas");
    Ok(())
}
