//! Extraction speed: MB/s on news text, from 1 KB to 10 MB (linear in input size),
//! and a plain word count over the same text as the reference for the machine's limit.

/// The allocator the binary uses (src/main.rs), so the figures are the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

/// The project's fictional evaluation articles and samples, repeated to `size` bytes.
fn news(size: usize) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/eval");
    let mut corpus = String::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    for f in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        corpus.push_str(&std::fs::read_to_string(f).unwrap_or_default());
        corpus.push_str("\n\n");
    }
    for (_, text) in claimdesk::samples::SAMPLES {
        corpus.push_str(text);
        corpus.push_str("\n\n");
    }
    let mut out = String::with_capacity(size + corpus.len());
    while out.len() < size {
        out.push_str(&corpus);
    }
    let mut cut = size.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

/// The articles one by one, as `extract` and `import` see them.
fn articles() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/eval");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    let mut out: Vec<String> = files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    out.extend(
        claimdesk::samples::SAMPLES
            .iter()
            .map(|(_, t)| t.to_string()),
    );
    out
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    let docs = articles();
    let total: usize = docs.iter().map(String::len).sum();
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function(BenchmarkId::new("per_article", docs.len()), |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| claimdesk::extract::extract(d).1.len())
                .sum::<usize>()
        })
    });
    g.bench_function(
        BenchmarkId::new("wc_words_reference_per_article", docs.len()),
        |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| black_box(d).split_whitespace().count())
                    .sum::<usize>()
            })
        },
    );
    // the generated corpus is denser in attributions than real copy (about 30 claims in 3 KB)
    let dense: Vec<String> = (0..50).map(claimdesk::gencorpus::article).collect();
    g.throughput(Throughput::Bytes(
        dense.iter().map(String::len).sum::<usize>() as u64,
    ));
    g.bench_function(
        BenchmarkId::new("dense_generated_per_article", dense.len()),
        |b| {
            b.iter(|| {
                dense
                    .iter()
                    .map(|d| claimdesk::extract::extract(d).1.len())
                    .sum::<usize>()
            })
        },
    );
    for size in [1_000usize, 100_000, 1_000_000, 10_000_000] {
        let text = news(size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("claims", size), &text, |b, t| {
            b.iter(|| black_box(claimdesk::extract::extract(t).1.len()))
        });
        g.bench_with_input(
            BenchmarkId::new("wc_words_reference", size),
            &text,
            |b, t| b.iter(|| black_box(t.split_whitespace().count())),
        );
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
