//! Field completion output (`<list>` of `<i n="name" k="var|method"><t>type</t><d>doc</d></i>`)
//! in haxe 4.2.5's order (`CompletionItem.legacy_sort`: kind rank, then name bytes).

/// What an item is, in haxe's sort order (`legacy_sort`'s kind rank).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemKind {
    Var,
    Method,
    Type,
    /// A module of a package (printed `k="type"` with an empty type).
    Module,
    Package,
}

/// One completion item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub name: String,
    pub kind: ItemKind,
    /// The type as `s_type` prints it.
    pub ty: String,
    pub doc: Option<String>,
}

/// haxe's `htmlescape`: only `&`, `<`, `>` and `"` are replaced.
pub fn htmlescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

fn rank(k: ItemKind) -> u8 {
    match k {
        ItemKind::Var => 0,
        ItemKind::Method => 1,
        ItemKind::Type => 2,
        ItemKind::Module => 3,
        ItemKind::Package => 4,
    }
}

/// The `<list>` answer, items sorted as haxe sorts them.
pub fn print(items: &mut [Item]) -> String {
    items.sort_by(|a, b| {
        rank(a.kind)
            .cmp(&rank(b.kind))
            .then_with(|| a.name.as_bytes().cmp(b.name.as_bytes()))
    });
    let mut out = String::from("<list>\n");
    for i in items.iter() {
        let k = match i.kind {
            ItemKind::Var => "var",
            ItemKind::Method => "method",
            ItemKind::Type | ItemKind::Module => "type",
            ItemKind::Package => "package",
        };
        out.push_str(&format!(
            "<i n=\"{}\" k=\"{}\"><t>{}</t><d>{}</d></i>\n",
            i.name,
            k,
            htmlescape(&i.ty),
            htmlescape(i.doc.as_deref().unwrap_or(""))
        ));
    }
    out.push_str("</list>\n");
    out
}
