//! The `ekstrakt` command: a thin layer over the library.
//!
//! `ekstrakt extract PATH...` writes one JSON record per document;
//! `ekstrakt eval --gold DIR [PRED.jsonl]` scores records against gold files.

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use ekstrakt::{eval, input, Pipeline, PipelineBuilder, Record, Source, Status};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

// mimalloc: the pipeline allocates and frees many small strings and vectors
// per document; glibc's malloc spent about a sixth of all instructions on them.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "ekstrakt", version, about = "Structured records from Polish articles about cluster events")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract records from files, folders (recursively) or `-` (stdin), as JSON lines.
    Extract(ExtractArgs),
    /// Score records against gold annotations (same numbers as score.py).
    Eval(EvalArgs),
    /// Write a reproducible benchmark corpus of a given size, made from seed texts.
    MakeCorpus(MakeCorpusArgs),
}

#[derive(Args)]
struct MakeCorpusArgs {
    /// Folder of seed texts (`*.txt`).
    #[arg(long, value_name = "DIR", default_value = "corpus/raw")]
    from: PathBuf,
    /// Total size, e.g. `100MB`, `20M`, `500KB`, `1000000`.
    #[arg(long, value_name = "SIZE", default_value = "20MB", value_parser = parse_size)]
    size: u64,
    /// Folder to write `bench_NNNNNN.txt` files into (created if missing).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Seed of the recombination.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim().to_ascii_uppercase();
    let (num, mult) = [("GB", 1e9), ("G", 1e9), ("MB", 1e6), ("M", 1e6), ("KB", 1e3), ("K", 1e3), ("B", 1.0)]
        .iter()
        .find_map(|(suf, m)| t.strip_suffix(suf).map(|n| (n.trim().to_string(), *m)))
        .unwrap_or((t.clone(), 1.0));
    let n: f64 = num.parse().map_err(|_| format!("not a size: {s:?} (try 100MB)"))?;
    if !(n.is_finite() && n >= 0.0) {
        return Err(format!("not a size: {s:?}"));
    }
    Ok((n * mult) as u64)
}

#[derive(Args)]
struct PipelineArgs {
    /// Load rules from this folder; its files replace the embedded ones of the same name.
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// Documents larger than this many bytes get an error record.
    #[arg(long, value_name = "BYTES", default_value_t = input::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// Skip language detection: treat every non-empty document as Polish.
    #[arg(long)]
    assume_polish: bool,
}

impl PipelineArgs {
    fn build(&self) -> Result<Pipeline> {
        let mut b: PipelineBuilder = Pipeline::builder().max_bytes(self.max_bytes).assume_polish(self.assume_polish);
        if let Some(dir) = &self.rules {
            b = b.rules_dir(dir);
        }
        if let Some(n) = self.threads {
            if n == 0 {
                bail!("--threads must be at least 1");
            }
            b = b.threads(n);
        }
        b.build().context("cannot build the pipeline")
    }
}

#[derive(Args)]
struct ExtractArgs {
    /// Files, folders or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Write records here instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Indented JSON for people instead of one record a line.
    #[arg(long)]
    pretty: bool,
    /// In folders, read only files with these extensions (comma-separated; empty: all files).
    #[arg(long, value_name = "EXT,...", default_value = "txt", value_delimiter = ',')]
    ext: Vec<String>,
    /// Every PATH (or `-`) is a JSON-lines file of documents, one
    /// `{"id": ..., "text": ...}` object a line, streamed.
    #[arg(long)]
    jsonl: bool,
    /// No progress bar and no summary line.
    #[arg(long, short)]
    quiet: bool,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

#[derive(Args)]
struct EvalArgs {
    /// Folder of gold `ID.json` files.
    #[arg(long, value_name = "DIR")]
    gold: PathBuf,
    /// Records to score (JSON lines); without it, extract `--raw/ID.txt` for every gold file.
    #[arg(value_name = "PRED.jsonl")]
    predictions: Option<PathBuf>,
    /// Folder of raw texts (default: `raw` beside the gold folder).
    #[arg(long, value_name = "DIR")]
    raw: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => extract(a),
        Command::Eval(a) => evaluate(a),
        Command::MakeCorpus(a) => make_corpus(a),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            if is_broken_pipe(&e) {
                std::process::exit(0);
            }
            eprintln!("ekstrakt: {e:#}");
            std::process::exit(2);
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

/// Counts for the summary line.
#[derive(Default)]
struct Tally {
    ok: u64,
    skipped: u64,
    error: u64,
}

impl Tally {
    fn add(&mut self, r: &Record) {
        match r.status {
            Status::Ok => self.ok += 1,
            Status::Skipped => self.skipped += 1,
            Status::Error => self.error += 1,
        }
    }
    fn total(&self) -> u64 {
        self.ok + self.skipped + self.error
    }
}

fn extract(a: ExtractArgs) -> Result<i32> {
    let started = Instant::now();
    let pipeline = a.pipeline.build()?;
    let ext: Vec<String> = a.ext.iter().filter(|e| !e.is_empty()).map(|e| e.trim_start_matches('.').to_string()).collect();
    let (sources, count): (Box<dyn Iterator<Item = Source>>, Option<usize>) = if a.jsonl {
        (Box::new(input::json_lines_sources(a.paths.clone())), None)
    } else {
        let sources = input::expand_paths(&a.paths, &ext).context("cannot read the input paths")?;
        let n = sources.len();
        (Box::new(sources.into_iter()), Some(n))
    };
    let out: Box<dyn Write> = match &a.out {
        Some(p) => Box::new(std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    let long = count.filter(|&n| n >= 100);
    let progress = long.filter(|_| !a.quiet && std::io::stderr().is_terminal()).map(|n| {
        let bar = indicatif::ProgressBar::new(n as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} documents, {per_sec}, eta {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut tally = Tally::default();
    let mut batch = pipeline.extract_batch(sources);
    for record in batch.by_ref() {
        tally.add(&record);
        if a.pretty {
            serde_json::to_writer_pretty(&mut out, &record)?;
        } else {
            serde_json::to_writer(&mut out, &record)?;
        }
        out.write_all(b"\n")?;
        if let Some(bar) = &progress {
            bar.inc(1);
        }
    }
    out.flush()?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if !a.quiet {
        eprintln!("{}", summary(&tally, batch.bytes_read(), started.elapsed().as_secs_f64()));
    }
    Ok(if tally.error > 0 { 1 } else { 0 })
}

fn summary(t: &Tally, bytes: u64, secs: f64) -> String {
    let mb = bytes as f64 / 1e6;
    let secs = secs.max(1e-9);
    format!(
        "ekstrakt: {} documents ({} ok, {} skipped, {} error), {:.2} MB in {:.3} s: {:.2} MB/s, {:.0} documents/s",
        t.total(),
        t.ok,
        t.skipped,
        t.error,
        mb,
        secs,
        mb / secs,
        t.total() as f64 / secs
    )
}

fn evaluate(a: EvalArgs) -> Result<i32> {
    let gold = eval::read_gold(&a.gold)?;
    let predictions: Vec<serde_json::Value> = match &a.predictions {
        Some(p) => eval::read_predictions(p)?,
        None => {
            let raw = a.raw.clone().unwrap_or_else(|| a.gold.parent().unwrap_or(Path::new(".")).join("raw"));
            let pipeline = a.pipeline.build()?;
            let sources: Vec<Source> = gold
                .iter()
                .filter_map(|g| g.get("id").and_then(|v| v.as_str()))
                .map(|id| Source::Path(raw.join(format!("{id}.txt"))))
                .collect();
            pipeline.extract_batch(sources).map(serde_json::to_value).collect::<Result<_, _>>()?
        }
    };
    let report = eval::score(&gold, &predictions);
    if a.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        println!("{}", report.to_text());
    }
    Ok(0)
}

fn make_corpus(a: MakeCorpusArgs) -> Result<i32> {
    let seeds: Vec<String> = input::expand_paths(std::slice::from_ref(&a.from), &["txt".into()])?
        .iter()
        .map(|s| s.read(input::DEFAULT_MAX_BYTES))
        .collect::<Result<_, _>>()
        .with_context(|| format!("cannot read the seed texts in {}", a.from.display()))?;
    if seeds.is_empty() {
        bail!("no seed texts (*.txt) in {}", a.from.display());
    }
    std::fs::create_dir_all(&a.out).with_context(|| format!("cannot create {}", a.out.display()))?;
    let docs = ekstrakt::bench_corpus::make_corpus(&seeds, a.size as usize, a.seed);
    let mut bytes = 0;
    for d in &docs {
        let path = a.out.join(format!("{}.txt", d.id));
        std::fs::write(&path, &d.text).with_context(|| format!("cannot write {}", path.display()))?;
        bytes += d.text.len();
    }
    eprintln!("ekstrakt: wrote {} documents, {:.2} MB, to {}", docs.len(), bytes as f64 / 1e6, a.out.display());
    Ok(0)
}
