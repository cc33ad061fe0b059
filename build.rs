//! Embeds every rules file (`rules/*.tsv`, `rules/*.txt`) into the binary.
//!
//! Generates `$OUT_DIR/embedded_rules.rs`, a sorted list of
//! `(file name, include_str!(absolute path))`, so adding a rules file needs
//! no code change and the binary runs without the `rules/` folder.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rules = root.join("rules");
    println!("cargo:rerun-if-changed=rules");
    let mut names: Vec<String> = fs::read_dir(&rules)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".tsv") || n.ends_with(".txt"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out =
        String::from("/// Every embedded rules file: (file name, contents), sorted by name.\npub static EMBEDDED: &[(&str, &str)] = &[\n");
    for n in &names {
        let path = rules.join(n);
        println!("cargo:rerun-if-changed={}", path.display());
        out.push_str(&format!("    ({:?}, include_str!({:?})),\n", n, path.display().to_string()));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_rules.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
