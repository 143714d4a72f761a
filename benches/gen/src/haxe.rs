//! Renders one module of the graph as Haxe 4 source, recording the query and edit offsets.

use crate::rng::Rng;
use crate::{Kind, Marks, ModuleSpec, COLLECTIONS, CONTRACTS, WIDE};

/// A source text under construction, with marked offsets.
struct Src {
    text: String,
    marks: Marks,
}

/// Which list of [`Marks`] a marked line feeds.
#[derive(Clone, Copy)]
enum Mark {
    Field,
    Call,
    Toplevel,
    Position,
    Usage,
    Edit,
}

impl Src {
    fn new() -> Src {
        Src {
            text: String::new(),
            marks: Marks::default(),
        }
    }

    /// Appends `line` indented by `indent` tabs.
    fn line(&mut self, indent: usize, line: &str) {
        for _ in 0..indent {
            self.text.push('\t');
        }
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }

    /// Appends `line` and records an offset relative to the first occurrence of `needle`:
    /// right after it for field, call and edit marks, at its start for toplevel marks,
    /// one character into it for position and usage marks (inside the identifier).
    fn marked(&mut self, indent: usize, line: &str, needle: &str, mark: Mark) {
        self.mark(indent, line, needle, mark);
        self.line(indent, line);
    }

    /// Records the offset [`Src::marked`] would record for `line`, without appending it.
    fn mark(&mut self, indent: usize, line: &str, needle: &str, mark: Mark) {
        let at = line
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {line:?}"));
        let base = self.text.len() + indent + at;
        let offset = match mark {
            Mark::Field | Mark::Call => base + needle.len(),
            Mark::Toplevel => base,
            Mark::Position | Mark::Usage => base + 1,
            Mark::Edit => base + needle.len(),
        };
        match mark {
            Mark::Field => self.marks.field.push(offset),
            Mark::Call => self.marks.call.push(offset),
            Mark::Toplevel => self.marks.toplevel.push(offset),
            Mark::Position => self.marks.position.push(offset),
            Mark::Usage => self.marks.usage.push(offset),
            Mark::Edit => self.marks.edit = Some(offset),
        }
    }
}

/// Renders module `index` of `specs`.
pub(crate) fn render(specs: &[ModuleSpec], index: usize, seed: u64) -> (String, Marks) {
    let spec = &specs[index];
    let mut rng = Rng::new(seed ^ (index as u64 + 1).wrapping_mul(0xA24B_AED4_963E_E407));
    let mut src = Src::new();
    if !spec.package.is_empty() {
        src.line(0, &format!("package {};", spec.package.join(".")));
        src.blank();
    }
    let mut imports: Vec<String> = spec.imports.iter().map(|&i| specs[i].dotted()).collect();
    imports.extend(spec.std_imports.iter().map(|s| s.to_string()));
    for imp in &imports {
        src.line(0, &format!("import {imp};"));
    }
    if !imports.is_empty() {
        src.blank();
    }
    match spec.kind {
        Kind::Main => render_main(&mut src, specs, spec),
        Kind::Core | Kind::Regular => render_class(&mut src, specs, index, &mut rng),
    }
    (src.text, src.marks)
}

fn render_main(src: &mut Src, specs: &[ModuleSpec], spec: &ModuleSpec) {
    src.line(0, "/**");
    src.line(
        1,
        "Entry point: reaches every module of the project through its imports.",
    );
    src.line(0, "**/");
    src.line(0, "class Main {");
    src.line(1, "static function main() {");
    src.line(2, "var total = 0;");
    src.line(2, "var labels = new Array<String>();");
    for (k, &i) in spec.imports.iter().enumerate() {
        if i == WIDE {
            continue;
        }
        let dep = &specs[i].name;
        src.line(2, &format!("var part{k} = {dep}.create({});", k + 1));
        src.line(2, &format!("total += part{k}.score({});", k + 2));
        src.line(2, &format!("labels.push(part{k}.describe());"));
    }
    src.line(
        2,
        "trace(Util.joinAll(labels, \";\") + \" \" + Util.clamp(total, 0, 1000000));",
    );
    src.line(1, "}");
    src.line(0, "}");
}

/// The optional helper methods a class may carry (besides the std-import ones).
const EXTRAS: usize = 5;

fn render_class(src: &mut Src, specs: &[ModuleSpec], index: usize, rng: &mut Rng) {
    let spec = &specs[index];
    let name = spec.name.as_str();
    let deps: Vec<&str> = spec
        .imports
        .iter()
        .filter(|&&i| specs[i].kind == Kind::Regular)
        .map(|&i| specs[i].name.as_str())
        .collect();
    let util = spec.imports.contains(&WIDE);
    let contracts = spec.imports.contains(&CONTRACTS);
    let collections = spec.imports.contains(&COLLECTIONS);
    let own_enum = spec.kind == Kind::Regular && rng.chance(1, 2);
    let own_typedef = spec.kind == Kind::Regular && rng.chance(1, 2);
    let mut extras: Vec<usize> = (0..EXTRAS).filter(|_| rng.chance(2, 5)).collect();
    if extras.is_empty() {
        extras.push(rng.below(EXTRAS));
    }
    let k1 = rng.range(2, 9);
    let k2 = rng.range(3, 17);
    let k3 = rng.range(10, 99);
    let sep = *rng.pick(&[",", ";", "|", "/", ":"]);

    src.line(0, "/**");
    src.line(
        1,
        &format!(
            "{name}: generated module {index} (layer {}), {} project imports.",
            spec.layer,
            spec.imports.len()
        ),
    );
    src.line(0, "**/");

    match index {
        CONTRACTS => {
            src.line(0, "interface Scorable {");
            src.line(1, "function score(x:Int):Int;");
            src.line(1, "function describe():String;");
            src.line(0, "}");
            src.blank();
            src.line(0, "enum Level {");
            src.line(1, "Low;");
            src.line(1, "Mid(v:Int);");
            src.line(1, "High(v:Int, tag:String);");
            src.line(0, "}");
            src.blank();
            src.line(0, "typedef Entry = {");
            src.line(1, "var name:String;");
            src.line(1, "var rank:Int;");
            src.line(1, "var tags:Array<String>;");
            src.line(1, "@:optional var note:String;");
            src.line(0, "}");
            src.blank();
        }
        COLLECTIONS => {
            src.line(0, "class Cell<T> {");
            src.line(1, "public var value(default, null):T;");
            src.line(1, "public var version(default, null):Int = 0;");
            src.blank();
            src.line(1, "public function new(value:T) {");
            src.line(2, "this.value = value;");
            src.line(1, "}");
            src.blank();
            src.line(1, "public function get():T {");
            src.line(2, "return value;");
            src.line(1, "}");
            src.blank();
            src.line(1, "public function update(f:T->T):Cell<T> {");
            src.line(2, "value = f(value);");
            src.line(2, "version++;");
            src.line(2, "return this;");
            src.line(1, "}");
            src.blank();
            src.line(1, "public function map<U>(f:T->U):Cell<U> {");
            src.line(2, "return new Cell<U>(f(value));");
            src.line(1, "}");
            src.line(0, "}");
            src.blank();
        }
        _ => {}
    }
    if own_typedef {
        src.line(0, &format!("typedef {name}Stats = {{"));
        src.line(1, "var count:Int;");
        src.line(1, "var total:Float;");
        src.line(1, "var tags:Array<String>;");
        src.line(0, "}");
        src.blank();
    }
    if own_enum {
        src.line(0, &format!("enum {name}Mode {{"));
        src.line(1, "Idle;");
        src.line(1, "Busy(load:Int);");
        src.line(1, "Failed(reason:String, code:Int);");
        src.line(0, "}");
        src.blank();
    }

    let implements = if contracts {
        " implements Scorable"
    } else {
        ""
    };
    src.line(0, &format!("class {name}{implements} {{"));
    src.line(
        1,
        &format!(
            "public static inline var KIND = \"{}\";",
            name.to_lowercase()
        ),
    );
    src.blank();
    src.line(1, "public var id(default, null):Int;");
    src.line(1, "public var label(get, set):String;");
    src.line(1, "public var weight:Float;");
    src.blank();
    src.line(1, "var labelValue:String;");
    src.line(1, "var items:Array<Int>;");
    src.line(1, "var names:Map<String, Int>;");
    src.blank();
    src.line(1, "public function new(seed:Int) {");
    src.line(2, "id = seed;");
    src.line(2, "labelValue = KIND + \"-\" + seed;");
    src.line(2, &format!("weight = seed * {}.{};", k1, k2));
    src.line(
        2,
        &format!("items = [for (i in 0...(seed % {k1}) + 2) i * {k2} + seed];"),
    );
    src.line(2, "names = new Map();");
    src.line(2, "names.set(labelValue, seed);");
    src.line(1, "}");
    src.blank();
    src.line(
        1,
        &format!("public static function create(seed:Int):{name} {{"),
    );
    src.line(2, &format!("return new {name}(seed);"));
    src.line(1, "}");
    src.blank();
    src.line(1, "function get_label():String {");
    src.line(2, "return labelValue;");
    src.line(1, "}");
    src.blank();
    src.line(1, "function set_label(value:String):String {");
    src.line(2, "labelValue = value;");
    src.line(2, "names.set(value, id);");
    src.line(2, "return value;");
    src.line(1, "}");
    src.blank();

    // score: loops, calls across modules, the edit literal.
    src.line(1, "public function score(x:Int):Int {");
    src.line(2, "var total = x + id;");
    src.marked(
        2,
        &format!("var stamp = {};", 1000 + rng.below(9000)),
        "var stamp = ",
        Mark::Edit,
    );
    src.line(2, "for (item in items) {");
    src.line(3, &format!("total += item % (x + {k1});"));
    src.line(2, "}");
    for (j, dep) in deps.iter().enumerate() {
        src.marked(
            2,
            &format!("var dep{j} = {dep}.create(x + {});", j + 1),
            dep,
            Mark::Position,
        );
        let line = format!("total += dep{j}.score(x);");
        src.mark(2, &line, "total", Mark::Toplevel);
        src.mark(2, &line, "score", Mark::Usage);
        src.marked(2, &line, &format!("dep{j}."), Mark::Field);
        if j < 2 {
            src.line(2, &format!("if (dep{j}.label.length > {k1}) {{"));
            src.line(3, &format!("total -= dep{j}.id;"));
            src.line(2, "}");
        }
    }
    if collections {
        src.line(2, "total += Collections.sum(items);");
    }
    if util {
        src.marked(
            2,
            &format!("total = Util.clamp(total, 0, {});", k3 * 1000),
            "Util.clamp(",
            Mark::Call,
        );
    }
    src.line(2, "var i = 0;");
    src.line(2, "while (i < items.length && total > 0) {");
    src.line(3, &format!("total -= items[i] % {k2};"));
    src.line(3, "i++;");
    src.line(2, "}");
    src.line(2, "return total + stamp;");
    src.line(1, "}");
    src.blank();

    // describe: strings, arrays, map iteration.
    src.line(1, "public function describe():String {");
    src.line(2, "var parts = [label, Std.string(id)];");
    src.line(2, "for (name in names.keys()) {");
    src.line(3, "parts.push(name.toUpperCase());");
    src.line(2, "}");
    for (j, dep) in deps.iter().enumerate().take(2) {
        src.line(
            2,
            &format!("parts.push({dep}.create(id + {}).label);", j + k1),
        );
    }
    src.marked(
        2,
        &format!("var copy = create(id + {k3});"),
        "create(",
        Mark::Call,
    );
    let line = "parts.push(copy.label + '#${copy.id}');";
    src.mark(2, line, "parts", Mark::Toplevel);
    src.mark(2, line, "label", Mark::Usage);
    src.mark(2, line, "copy", Mark::Position);
    src.marked(2, line, "copy.", Mark::Field);
    if util {
        src.line(2, &format!("return Util.joinAll(parts, \"{sep}\");"));
    } else {
        src.line(2, &format!("return parts.join(\"{sep}\");"));
    }
    src.line(1, "}");

    if contracts {
        src.blank();
        src.line(1, "public function level():Level {");
        src.line(
            2,
            &format!("return if (id < {k1}) Low else if (id < {k3}) Mid(id) else High(id, label);"),
        );
        src.line(1, "}");
        src.blank();
        src.line(1, "public function entry():Entry {");
        src.line(2, "var rank = switch (level()) {");
        src.line(3, "case Low: 0;");
        src.line(3, "case Mid(v): v;");
        src.line(3, "case High(v, tag): v + tag.length;");
        src.line(2, "}");
        src.line(2, "return {name: label, rank: rank, tags: [KIND]};");
        src.line(1, "}");
    }
    if collections {
        src.blank();
        src.line(1, "public function cells():Array<Cell<String>> {");
        src.line(
            2,
            "var out = [for (name in names.keys()) new Cell<String>(name)];",
        );
        src.line(2, "for (cell in out) {");
        src.line(3, "cell.update(s -> s + KIND);");
        src.line(2, "}");
        src.line(2, "return out;");
        src.line(1, "}");
    }
    if own_enum {
        src.blank();
        src.line(1, &format!("public function mode(n:Int):{name}Mode {{"));
        src.line(2, "if (n <= 0) {");
        src.line(3, &format!("return {name}Mode.Idle;"));
        src.line(2, "}");
        src.line(
            2,
            &format!("return n % 2 == 0 ? {name}Mode.Busy(n) : {name}Mode.Failed(label, n);"),
        );
        src.line(1, "}");
        src.blank();
        src.line(
            1,
            &format!("public function modeValue(m:{name}Mode):Int {{"),
        );
        src.line(2, "return switch (m) {");
        src.line(3, "case Idle: 0;");
        src.line(3, &format!("case Busy(load): load * {k1};"));
        src.line(3, "case Failed(reason, code): reason.length + code;");
        src.line(2, "}");
        src.line(1, "}");
    }
    if own_typedef {
        src.blank();
        src.line(1, &format!("public function stats():{name}Stats {{"));
        src.line(2, "var sum = 0.0;");
        src.line(2, "for (v in items) {");
        src.line(3, "sum += v * weight;");
        src.line(2, "}");
        src.line(
            2,
            "return {count: items.length, total: sum, tags: [for (k in names.keys()) k]};",
        );
        src.line(1, "}");
    }
    for &extra in &extras {
        src.blank();
        render_extra(src, extra, k1, k2);
    }
    for &s in &spec.std_imports {
        src.blank();
        render_std_use(src, s, k1);
    }
    match index {
        WIDE => {
            src.blank();
            src.line(
                1,
                "public static function clamp(value:Int, lo:Int, hi:Int):Int {",
            );
            src.line(2, "return value < lo ? lo : (value > hi ? hi : value);");
            src.line(1, "}");
            src.blank();
            src.line(
                1,
                "public static function joinAll(parts:Array<String>, sep:String):String {",
            );
            src.line(2, "var buf = new StringBuf();");
            src.line(2, "for (i in 0...parts.length) {");
            src.line(3, "if (i > 0) {");
            src.line(4, "buf.add(sep);");
            src.line(3, "}");
            src.line(3, "buf.add(StringTools.trim(parts[i]));");
            src.line(2, "}");
            src.line(2, "return buf.toString();");
            src.line(1, "}");
            src.blank();
            src.line(1, "public static function hash(text:String):Int {");
            src.line(2, "var h = 17;");
            src.line(2, "for (i in 0...text.length) {");
            src.line(
                3,
                "h = (h * 31 + StringTools.fastCodeAt(text, i)) & 0xFFFFFF;",
            );
            src.line(2, "}");
            src.line(2, "return h;");
            src.line(1, "}");
        }
        CONTRACTS => {
            src.blank();
            src.line(
                1,
                "public static function rankAll(values:Array<Scorable>):Int {",
            );
            src.line(2, "var best = 0;");
            src.line(2, "for (v in values) {");
            src.line(3, "var s = v.score(best);");
            src.line(3, "if (s > best) {");
            src.line(4, "best = s;");
            src.line(3, "}");
            src.line(2, "}");
            src.line(2, "return best;");
            src.line(1, "}");
        }
        COLLECTIONS => {
            src.blank();
            src.line(1, "public static function sum(values:Array<Int>):Int {");
            src.line(2, "var total = 0;");
            src.line(2, "for (v in values) {");
            src.line(3, "total += v;");
            src.line(2, "}");
            src.line(2, "return total;");
            src.line(1, "}");
            src.blank();
            src.line(
                1,
                "public static function groupBy<T>(values:Array<T>, key:T->String):Map<String, Array<T>> {",
            );
            src.line(2, "var groups = new Map<String, Array<T>>();");
            src.line(2, "for (v in values) {");
            src.line(3, "var k = key(v);");
            src.line(3, "if (!groups.exists(k)) {");
            src.line(4, "groups.set(k, []);");
            src.line(3, "}");
            src.line(3, "groups.get(k).push(v);");
            src.line(2, "}");
            src.line(2, "return groups;");
            src.line(1, "}");
        }
        _ => {}
    }
    src.line(0, "}");
}

/// One of the [`EXTRAS`] optional helpers: maps, `StringBuf`, lambdas, anonymous structures, generics.
fn render_extra(src: &mut Src, which: usize, k1: usize, k2: usize) {
    match which {
        0 => {
            src.line(1, "public function histogram():Map<Int, Int> {");
            src.line(2, "var result = new Map<Int, Int>();");
            src.line(2, "for (item in items) {");
            src.line(3, &format!("var key = item % {k1};"));
            src.line(3, "var prev = result.exists(key) ? result.get(key) : 0;");
            src.line(3, "result.set(key, prev + 1);");
            src.line(2, "}");
            src.line(2, "return result;");
            src.line(1, "}");
        }
        1 => {
            src.line(1, "public function render(prefix:String):String {");
            src.line(2, "var buf = new StringBuf();");
            src.line(2, "buf.add(prefix);");
            src.line(2, "var i = 0;");
            src.line(2, "while (i < items.length) {");
            src.line(3, "buf.add('[${items[i]}:$label]');");
            src.line(3, &format!("i += {};", 1 + k1 % 3));
            src.line(2, "}");
            src.line(2, "return buf.toString();");
            src.line(1, "}");
        }
        2 => {
            src.line(1, "public function evens():Array<Int> {");
            src.line(
                2,
                &format!("return items.filter(v -> v % 2 == 0).map(v -> v * {k2});"),
            );
            src.line(1, "}");
        }
        3 => {
            src.line(
                1,
                "public function pairs():Array<{key:String, value:Int}> {",
            );
            src.line(2, "var out:Array<{key:String, value:Int}> = [];");
            src.line(2, "for (key in names.keys()) {");
            src.line(3, "out.push({key: key, value: names.get(key)});");
            src.line(2, "}");
            src.line(2, "return out;");
            src.line(1, "}");
        }
        _ => {
            src.line(
                1,
                "static function firstMatch<T>(values:Array<T>, pred:T->Bool):Null<T> {",
            );
            src.line(2, "for (v in values) {");
            src.line(3, "if (pred(v)) {");
            src.line(4, "return v;");
            src.line(3, "}");
            src.line(2, "}");
            src.line(2, "return null;");
            src.line(1, "}");
            src.blank();
            src.line(1, "public function firstLarge():Int {");
            src.line(2, &format!("var found = firstMatch(items, v -> v > {k2});"));
            src.line(2, "return found == null ? -1 : found;");
            src.line(1, "}");
        }
    }
}

/// A method that really uses the std module `module` (so no import is dead).
fn render_std_use(src: &mut Src, module: &str, k1: usize) {
    match module {
        "haxe.ds.StringMap" => {
            src.line(1, "public function index():StringMap<Int> {");
            src.line(2, "var sm = new StringMap<Int>();");
            src.line(2, "for (k in names.keys()) {");
            src.line(3, "sm.set(k.toLowerCase(), k.length);");
            src.line(2, "}");
            src.line(2, "return sm;");
            src.line(1, "}");
        }
        "haxe.ds.IntMap" => {
            src.line(1, "public function buckets():IntMap<Array<Int>> {");
            src.line(2, "var m = new IntMap<Array<Int>>();");
            src.line(2, "for (v in items) {");
            src.line(3, &format!("var b = v % {k1};"));
            src.line(3, "if (!m.exists(b)) {");
            src.line(4, "m.set(b, []);");
            src.line(3, "}");
            src.line(3, "m.get(b).push(v);");
            src.line(2, "}");
            src.line(2, "return m;");
            src.line(1, "}");
        }
        "haxe.ds.Option" => {
            src.line(1, "public function find(target:Int):Option<Int> {");
            src.line(2, "for (i in 0...items.length) {");
            src.line(3, "if (items[i] == target) {");
            src.line(4, "return Some(i);");
            src.line(3, "}");
            src.line(2, "}");
            src.line(2, "return None;");
            src.line(1, "}");
            src.blank();
            src.line(1, "public function indexOr(target:Int, fallback:Int):Int {");
            src.line(2, "return switch (find(target)) {");
            src.line(3, "case Some(i): i;");
            src.line(3, "case None: fallback;");
            src.line(2, "}");
            src.line(1, "}");
        }
        "haxe.ds.ArraySort" => {
            src.line(1, "public function sorted():Array<Int> {");
            src.line(2, "var copy = items.copy();");
            src.line(2, "ArraySort.sort(copy, (a, b) -> b - a);");
            src.line(2, "return copy;");
            src.line(1, "}");
        }
        "StringTools" => {
            src.line(1, "public function padded(width:Int):String {");
            src.line(
                2,
                "return StringTools.lpad(label, \".\", width) + StringTools.hex(id, 4);",
            );
            src.line(1, "}");
        }
        "Lambda" => {
            src.line(1, "public function countAbove(limit:Int):Int {");
            src.line(2, "return Lambda.count(items, v -> v > limit);");
            src.line(1, "}");
        }
        other => panic!("no use written for std module {other}"),
    }
}
