//! Compiles a PoliMorf (Morfologik) dump into the `ekstrakt` morphology
//! artefact read by `src/morph.rs`.
//!
//! Input: the TSV written by `rules/morph/Dump.java`, one line per
//! (form, lemma) pair: `form<TAB>lemma<TAB>tag+tag+...`, and any number of
//! supplements in the same format (`rules/morph/supplement.tsv`; there,
//! blank lines and lines starting with `#` are skipped).
//!
//! Usage:
//!
//! ```text
//! ekstrakt-morph-builder OUT.bin DUMP.tsv [MORE.tsv...] [--keep all|subst,adj,...] [--encoding map|set] [--meta KEY=VALUE]...
//! ```
//!
//! The artefact format (all integers little-endian) is documented in
//! `rules/morph/README.md` and mirrored by the reader in `src/morph.rs`:
//!
//! ```text
//! 0   magic   b"EKMORPH\0"
//! 8   u32     format version (1)
//! 12  u32     number of sections (7)
//! 16  7 x (u32 offset, u32 length)   absolute byte ranges of the sections
//! sections: META, TAGS, SUFFIXES, TAGSETS, READINGS, RSETS, FST
//! ```
//!
//! * string lists (TAGS, SUFFIXES): `u32 n`, `(n+1) x u32` byte offsets
//!   relative to the start of the string bytes, then the bytes (UTF-8);
//! * u32 lists (TAGSETS, RSETS): `u32 n`, `(n+1) x u32` offsets counted in
//!   values, then the `u32` values;
//! * READINGS: `u32 n`, then `n` records of 8 bytes: `u8 cut_front`,
//!   `u8 cut_back` (in chars), `u16 suffix id`, `u32 tagset id`; the lemma
//!   is `form[cut_front .. len - cut_back] + suffix`;
//! * FST: an `fst::Map` from the form (UTF-8 bytes) to a reading-set id.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::time::Instant;

const MAGIC: &[u8; 8] = b"EKMORPH\0";
const VERSION: u32 = 1;
/// Parts of speech kept unless `--keep` says otherwise: everything (5.3 MB).
/// `--keep subst,depr,adj,adja,adjc,adjp,ppas,pact,num` gives 3.6 MB.
const DEFAULT_KEEP: &str = "all";

type Error = Box<dyn std::error::Error>;

/// Interns values, handing out dense ids in first-seen order.
struct Interner<K> {
    ids: HashMap<K, u32>,
    items: Vec<K>,
}

impl<K: std::hash::Hash + Eq + Clone> Interner<K> {
    fn new() -> Self {
        Interner {
            ids: HashMap::new(),
            items: Vec::new(),
        }
    }
    fn id(&mut self, k: &K) -> u32 {
        if let Some(&i) = self.ids.get(k) {
            return i;
        }
        let i = self.items.len() as u32;
        self.ids.insert(k.clone(), i);
        self.items.push(k.clone());
        i
    }
}

/// How to turn a form into its lemma: cut chars at both ends, append a suffix.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Rule {
    front: u8,
    back: u8,
    suffix: String,
}

/// Finds the rule keeping the longest run of the form that starts the lemma.
fn rule(form: &str, lemma: &str) -> Result<Rule, Error> {
    let f: Vec<char> = form.chars().collect();
    let l: Vec<char> = lemma.chars().collect();
    let (mut best_p, mut best_len) = (0usize, 0usize);
    for p in 0..f.len() {
        let len = f[p..].iter().zip(&l).take_while(|(a, b)| a == b).count();
        if len > best_len {
            best_p = p;
            best_len = len;
        }
    }
    if best_len == 0 {
        best_p = 0;
    }
    let back = f.len() - best_p - best_len;
    let suffix: String = l[best_len..].iter().collect();
    let front = u8::try_from(best_p).map_err(|_| format!("form too long: {form}"))?;
    let back = u8::try_from(back).map_err(|_| format!("form too long: {form}"))?;
    Ok(Rule {
        front,
        back,
        suffix,
    })
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn string_list(items: &[String]) -> Vec<u8> {
    let mut out = Vec::new();
    put_u32(&mut out, items.len() as u32);
    let mut off = 0u32;
    put_u32(&mut out, 0);
    for s in items {
        off += s.len() as u32;
        put_u32(&mut out, off);
    }
    for s in items {
        out.extend_from_slice(s.as_bytes());
    }
    out
}

fn u32_lists(items: &[Vec<u32>]) -> Vec<u8> {
    let mut out = Vec::new();
    put_u32(&mut out, items.len() as u32);
    let mut off = 0u32;
    put_u32(&mut out, 0);
    for s in items {
        off += s.len() as u32;
        put_u32(&mut out, off);
    }
    for s in items {
        for &v in s {
            put_u32(&mut out, v);
        }
    }
    out
}

/// Renumbers ids so that the most frequent gets 0 (small fst outputs).
fn rank_by_frequency(counts: &[u64]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..counts.len() as u32).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(counts[i as usize]), i));
    let mut new_id = vec![0u32; counts.len()];
    for (rank, &old) in order.iter().enumerate() {
        new_id[old as usize] = rank as u32;
    }
    new_id
}

fn main() -> Result<(), Error> {
    let start = Instant::now();
    let mut args = std::env::args().skip(1);
    let mut positional = Vec::new();
    let mut keep_arg = DEFAULT_KEEP.to_string();
    let mut encoding = "map".to_string();
    let mut meta: Vec<String> = Vec::new();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--keep" => keep_arg = args.next().ok_or("--keep needs a value")?,
            "--encoding" => encoding = args.next().ok_or("--encoding needs a value")?,
            "--meta" => meta.push(args.next().ok_or("--meta needs a value")?),
            _ => positional.push(a),
        }
    }
    let [output, inputs @ ..] = positional.as_slice() else {
        return Err("usage: ekstrakt-morph-builder OUT.bin DUMP.tsv [MORE.tsv...] [--keep all|P,..] [--encoding map|set] [--meta K=V]".into());
    };
    if inputs.is_empty() {
        return Err("no input file".into());
    }
    let keep_all = keep_arg == "all";
    let keep: Vec<&str> = keep_arg.split(',').collect();

    let mut tags: Interner<String> = Interner::new();
    let mut tagsets: Interner<Vec<u32>> = Interner::new();
    let mut suffixes: Interner<String> = Interner::new();
    let mut readings: Interner<(u8, u8, u32, u32)> = Interner::new();
    let mut pairs: Vec<(Box<str>, u32)> = Vec::new();
    let (mut lines, mut kept_tags) = (0u64, 0u64);

    for input in inputs {
        let reader = BufReader::with_capacity(1 << 20, File::open(input)?);
        for (n, line) in reader.lines().enumerate() {
            let line = line?;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            lines += 1;
            let mut cols = line.split('\t');
            let (Some(form), Some(lemma), Some(tagcol)) = (cols.next(), cols.next(), cols.next())
            else {
                return Err(format!("{input}:{}: expected 3 columns", n + 1).into());
            };
            let mut set: Vec<u32> = tagcol
                .split('+')
                .filter(|t| keep_all || keep.contains(&t.split(':').next().unwrap_or("")))
                .map(|t| tags.id(&t.to_string()))
                .collect();
            if set.is_empty() {
                continue;
            }
            set.sort_unstable();
            set.dedup();
            kept_tags += set.len() as u64;
            let ts = tagsets.id(&set);
            let r = rule(form, lemma)?;
            let sid = suffixes.id(&r.suffix);
            let rid = readings.id(&(r.front, r.back, sid, ts));
            pairs.push((form.into(), rid));
        }
    }
    let parsed = start.elapsed();

    // Rank readings by frequency, then group by form (byte order, as fst needs).
    let mut rcount = vec![0u64; readings.items.len()];
    for (_, r) in &pairs {
        rcount[*r as usize] += 1;
    }
    let rnew = rank_by_frequency(&rcount);
    for p in pairs.iter_mut() {
        p.1 = rnew[p.1 as usize];
    }
    let mut reading_table = vec![(0u8, 0u8, 0u32, 0u32); readings.items.len()];
    for (old, r) in readings.items.iter().enumerate() {
        reading_table[rnew[old] as usize] = *r;
    }
    pairs.sort_unstable();
    pairs.dedup();

    let mut forms: Vec<(Box<str>, u32)> = Vec::new();
    let mut rsets: Interner<Vec<u32>> = Interner::new();
    let mut i = 0;
    while i < pairs.len() {
        let mut j = i;
        let mut set = Vec::new();
        while j < pairs.len() && pairs[j].0 == pairs[i].0 {
            set.push(pairs[j].1);
            j += 1;
        }
        let id = rsets.id(&set);
        forms.push((pairs[i].0.clone(), id));
        i = j;
    }
    let mut scount = vec![0u64; rsets.items.len()];
    for (_, s) in &forms {
        scount[*s as usize] += 1;
    }
    let snew = rank_by_frequency(&scount);
    let mut rset_table = vec![Vec::new(); rsets.items.len()];
    for (old, s) in rsets.items.iter().enumerate() {
        rset_table[snew[old] as usize] = s.clone();
    }

    let fst_bytes = match encoding.as_str() {
        "map" => {
            let mut b = fst::MapBuilder::memory();
            for (f, s) in &forms {
                b.insert(f.as_bytes(), u64::from(snew[*s as usize]))?;
            }
            b.into_inner()?
        }
        "set" => {
            // Measurement only: a set of `form \0 reading-id` keys.
            let mut keys: Vec<Vec<u8>> = Vec::with_capacity(pairs.len());
            for (f, r) in &pairs {
                let mut key = f.as_bytes().to_vec();
                key.push(0);
                let mut v = *r;
                loop {
                    let byte = (v & 0x7f) as u8;
                    v >>= 7;
                    key.push(byte | if v > 0 { 0x80 } else { 0 });
                    if v == 0 {
                        break;
                    }
                }
                keys.push(key);
            }
            keys.sort_unstable();
            let mut b = fst::SetBuilder::memory();
            for k in &keys {
                b.insert(k)?;
            }
            b.into_inner()?
        }
        other => return Err(format!("unknown encoding {other}").into()),
    };

    let mut reading_bytes = Vec::new();
    put_u32(&mut reading_bytes, reading_table.len() as u32);
    for &(front, back, sid, ts) in &reading_table {
        reading_bytes.push(front);
        reading_bytes.push(back);
        reading_bytes.extend_from_slice(&u16::try_from(sid)?.to_le_bytes());
        put_u32(&mut reading_bytes, ts);
    }

    let triples: u64 = kept_tags;
    let mut meta_text = String::new();
    for m in &meta {
        meta_text.push_str(m);
        meta_text.push('\n');
    }
    meta_text.push_str(&format!(
        "kept_pos={}\nforms={}\nform_lemma_pairs={}\nform_lemma_tag_triples={}\ntags={}\ntagsets={}\nsuffixes={}\nreadings={}\nreading_sets={}\n",
        if keep_all { "all" } else { keep_arg.as_str() },
        forms.len(),
        pairs.len(),
        triples,
        tags.items.len(),
        tagsets.items.len(),
        suffixes.items.len(),
        reading_table.len(),
        rset_table.len()
    ));

    let sections: Vec<Vec<u8>> = vec![
        meta_text.clone().into_bytes(),
        string_list(&tags.items),
        string_list(&suffixes.items),
        u32_lists(&tagsets.items),
        reading_bytes,
        u32_lists(&rset_table),
        fst_bytes,
    ];
    let header_len = 16 + 8 * sections.len();
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    put_u32(&mut out, VERSION);
    put_u32(&mut out, sections.len() as u32);
    let mut off = header_len as u32;
    for s in &sections {
        put_u32(&mut out, off);
        put_u32(&mut out, s.len() as u32);
        off += s.len() as u32;
    }
    for s in &sections {
        out.extend_from_slice(s);
    }
    let mut w = BufWriter::new(File::create(output)?);
    w.write_all(&out)?;
    w.flush()?;

    eprintln!("input lines: {lines} (parsed in {:.1?})", parsed);
    eprint!("{meta_text}");
    let names = [
        "meta", "tags", "suffixes", "tagsets", "readings", "rsets", "fst",
    ];
    for (n, s) in names.iter().zip(&sections) {
        eprintln!("section {n}: {} bytes", s.len());
    }
    eprintln!(
        "total: {} bytes; built in {:.1?}",
        out.len(),
        start.elapsed()
    );
    Ok(())
}
