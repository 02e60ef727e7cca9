//! Runs the extractor over the evaluation articles a number of times: a steady
//! workload for profilers (`valgrind --tool=callgrind`), no timing of its own.
//! usage: extract_loop [ROUNDS] [PATH] (PATH: one long text instead of the articles,
//! or a folder whose `.txt` files are the articles)

/// The allocator the binary uses (src/main.rs), so the figures are the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(3);
    let arg = std::env::args().nth(2);
    let folder = arg.clone().filter(|p| std::path::Path::new(p).is_dir());
    let dir = folder
        .clone()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/tests/eval").to_string());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    let docs: Vec<String> = match arg.filter(|_| folder.is_none()) {
        Some(file) => std::fs::read_to_string(file).into_iter().collect(),
        None => files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .collect(),
    };
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut claims = 0;
    for _ in 0..rounds {
        for d in &docs {
            claims += claimdesk::extract::extract(d).1.len();
        }
    }
    println!(
        "{} articles, {bytes} bytes, {rounds} rounds, {claims} claims",
        docs.len()
    );
}
