//! Throughput of every stage and of the whole pipeline (criterion,
//! `Throughput::Bytes`). Run: `cargo bench --bench pipeline`.
//!
//! Texts come from `corpus/raw`, recombined by `ekstrakt::bench_corpus`
//! into fixed documents, so runs are comparable. Every benchmark checks what
//! it found before it is timed, so a fast wrong answer cannot pass.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ekstrakt::bench_corpus::make_corpus;
use ekstrakt::doc::Doc;
use ekstrakt::language::{LanguageGate, Verdict};
use ekstrakt::morph::Morphology;
use ekstrakt::segment::Segmenter;
use ekstrakt::{Pipeline, RuleSet, Source, Status};
use std::hint::black_box;

fn seeds() -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir("corpus/raw").expect("run from the crate root").map(|e| e.expect("entry").path()).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).expect("utf-8")).collect()
}

/// One document of about `size` bytes: seed texts joined until the size is reached.
fn doc_of_size(seeds: &[String], size: usize) -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.len() < size {
        s.push_str(&seeds[i % seeds.len()]);
        s.push_str("\n\n");
        i += 1;
    }
    s
}

fn startup(c: &mut Criterion) {
    let mut g = c.benchmark_group("startup");
    g.sample_size(20);
    g.bench_function("pipeline_new", |b| b.iter(|| black_box(Pipeline::new().expect("builds"))));
    // The embedded dictionary is opened zero-copy once per process; this is
    // the run-time override path, which copies the 5.3 MB artefact and
    // validates all of it (the fst checksum included): an upper bound.
    let artefact = include_bytes!("../rules/morph/polimorf.bin").to_vec();
    g.throughput(Throughput::Bytes(artefact.len() as u64));
    g.bench_function("morphology_from_bytes", |b| {
        b.iter(|| Morphology::from_bytes(black_box(artefact.clone())).expect("valid artefact").len())
    });
    g.finish();
}

fn language_gate(c: &mut Criterion) {
    let seeds = seeds();
    let gate = LanguageGate::new();
    let bytes: usize = seeds.iter().map(String::len).sum();
    for s in &seeds {
        assert!(matches!(gate.judge(s), Verdict::Polish(_)));
        assert!(matches!(gate.judge_with_lingua(s), Verdict::Polish(_)));
    }
    let mut g = c.benchmark_group("language_gate");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("cheap_test_then_lingua", |b| b.iter(|| seeds.iter().filter(|s| matches!(gate.judge(s), Verdict::Polish(_))).count()));
    g.bench_function("lingua_on_sample", |b| {
        b.iter(|| seeds.iter().filter(|s| matches!(gate.judge_with_lingua(s), Verdict::Polish(_))).count())
    });
    g.finish();
}

fn segmentation(c: &mut Criterion) {
    let seeds = seeds();
    let text = doc_of_size(&seeds, 10_000);
    let seg = Segmenter::new(&RuleSet::embedded()).expect("rules");
    let doc = Doc::new(&text, &seg);
    assert!(doc.sentences.len() > 50 && doc.tokens.len() > 1500);
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(text.len() as u64));
    assert_eq!(seg.tokens(&text), ekstrakt::segment::uax29_tokens(&text));
    g.bench_function("tokens_and_sentences_10k", |b| b.iter(|| Doc::new(black_box(&text), &seg).sentences.len()));
    g.bench_function("tokens_10k", |b| b.iter(|| seg.tokens(black_box(&text)).len()));
    g.bench_function("tokens_uax29_10k", |b| b.iter(|| ekstrakt::segment::uax29_tokens(black_box(&text)).len()));
    g.finish();
}

/// Each extractor alone on a 10 KB document, after the stages it depends on.
///
/// The item counts are what the extractors find in that document today;
/// a change of rules that changes them must update them here, on purpose.
fn extractors(c: &mut Criterion) {
    use ekstrakt::extract::{attendance, dates, document_date, event, names, venues};
    use ekstrakt::Record;
    let seeds = seeds();
    let text = doc_of_size(&seeds, 10_000);
    let rules = RuleSet::embedded();
    let seg = Segmenter::new(&rules).expect("rules");
    let mut doc = Doc::new(&text, &seg);
    let dd = document_date::DocumentDateExtractor::new(&rules).expect("rules");
    let ev = event::EventExtractor::new(&rules).expect("rules");
    let da = dates::DateExtractor::new(&rules).expect("rules");
    let ve = venues::VenueExtractor::new(&rules).expect("rules");
    let at = attendance::AttendanceExtractor::new(&rules).expect("rules");
    let na = names::NameExtractor::new(&rules).expect("rules");
    let dated = dd.extract(&doc);
    doc.facts.document_date = dated.map(|(d, _)| d);
    doc.facts.document_date_span = dated.map(|(_, s)| s);
    doc.facts.title_year = ev.title_year(&doc);
    doc.facts.event_year = ev.extract(&doc).and_then(|e| e.year);
    let fresh = || Record::new("bench", "bench", Status::Ok);
    let count = |f: &dyn Fn(&mut Record)| {
        let mut r = fresh();
        f(&mut r);
        (r.dates.len(), r.venues.len(), r.attendance.len(), r.clusters.len() + r.organizations.len() + r.people.len())
    };
    let found = [
        count(&|r| da.extract(&doc, r)).0,
        count(&|r| ve.extract(&doc, r)).1,
        count(&|r| at.extract(&doc, r)).2,
        count(&|r| na.extract(&doc, r)).3,
    ];
    assert_eq!(found, EXPECTED_10K_ITEMS, "items found by dates, venues, attendance, names in the 10 KB document");
    let mut g = c.benchmark_group("extractor_10k");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("document_date", |b| b.iter(|| dd.extract(black_box(&doc))));
    g.bench_function("event", |b| b.iter(|| ev.extract(black_box(&doc))));
    g.bench_function("dates", |b| {
        b.iter(|| {
            let mut r = fresh();
            da.extract(black_box(&doc), &mut r);
            r.dates.len()
        })
    });
    g.bench_function("venues", |b| {
        b.iter(|| {
            let mut r = fresh();
            ve.extract(black_box(&doc), &mut r);
            r.venues.len()
        })
    });
    g.bench_function("attendance", |b| {
        b.iter(|| {
            let mut r = fresh();
            at.extract(black_box(&doc), &mut r);
            r.attendance.len()
        })
    });
    g.bench_function("names", |b| {
        b.iter(|| {
            let mut r = fresh();
            na.extract(black_box(&doc), &mut r);
            r.people.len()
        })
    });
    g.finish();
}

/// Items the extractors find in the 10 KB bench document: dates, venues,
/// attendance, names (clusters + organisations + people).
const EXPECTED_10K_ITEMS: [usize; 4] = [9, 4, 9, 36];

fn whole_document(c: &mut Criterion) {
    let seeds = seeds();
    let p = Pipeline::new().expect("builds");
    let mut g = c.benchmark_group("pipeline_document");
    for size in [1_000usize, 10_000, 100_000] {
        let text = doc_of_size(&seeds, size);
        let r = p.extract("bench", &text);
        assert_eq!(r.status, Status::Ok);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, t| b.iter(|| p.extract("bench", t).item_count()));
    }
    g.finish();
}

fn serialisation(c: &mut Criterion) {
    let seeds = seeds();
    let p = Pipeline::new().expect("builds");
    let records: Vec<_> = seeds.iter().map(|s| p.extract("bench", s)).collect();
    let json: usize = records.iter().map(|r| serde_json::to_vec(r).expect("json").len()).sum();
    let mut g = c.benchmark_group("json");
    g.throughput(Throughput::Bytes(json as u64));
    g.bench_function("serialise_records", |b| {
        b.iter(|| records.iter().map(|r| serde_json::to_vec(r).map(|v| v.len()).unwrap_or(0)).sum::<usize>())
    });
    g.finish();
}

fn batch(c: &mut Criterion) {
    let corpus = make_corpus(&seeds(), 4_000_000, 1);
    let bytes: usize = corpus.iter().map(|d| d.text.len()).sum();
    let sources = || corpus.iter().map(|d| Source::Text { id: d.id.clone(), text: d.text.clone() });
    let mut g = c.benchmark_group("batch_4mb");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    for threads in [1, cores] {
        let p = Pipeline::builder().threads(threads).build().expect("builds");
        assert_eq!(p.extract_batch(sources()).filter(|r| r.status == Status::Ok).count(), corpus.len());
        g.bench_function(BenchmarkId::new("threads", threads), |b| b.iter(|| p.extract_batch(sources()).count()));
    }
    g.finish();
}

criterion_group!(benches, startup, language_gate, segmentation, extractors, whole_document, serialisation, batch);
criterion_main!(benches);
