#!/bin/sh
# Make assets/pgo/claimdesk.profdata, the profile that release builds of the
# claimdesk crate are optimized with (scripts/rustc-pgo). Run it after changing
# the extractor, then rebuild: a stale profile still builds (functions that
# changed just lose their profile), it only helps less.
#
# The workload: extraction (examples/extract_loop, twice over the corpus, in
# the examples' build), then in both builds the command line's `extract
# --json`, `import` into a fresh database and the exports, on one thread
# (counters of an instrumented build are not atomic),
# over a generated corpus (claimdesk gen-corpus), not the evaluation articles
# that `cargo bench --bench extract` reads, so the benchmark measures text the
# profile never saw.
# Needs llvm-profdata: `rustup component add llvm-tools`.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
profdata=$(ls "$(rustc --print sysroot)"/lib/rustlib/*/bin/llvm-profdata 2>/dev/null | head -n 1)
if [ ! -x "$profdata" ]; then
    echo "llvm-profdata not found: rustup component add llvm-tools" >&2
    exit 1
fi
work="$root/target/pgo-train"
raw="$work/raw"
rm -rf "$work"
mkdir -p "$work"
# Two builds of the crate are in use, and each needs its own profile: the
# product's (`cargo build --release`, `cargo run --release`) and the one beside
# the examples and benchmarks (`cargo bench`, examples/extract_loop), whose
# dev-dependencies switch on other features of shared crates; that changes the
# crate's symbol hashes, and a profile only applies to the names it was made
# with. Both are instrumented and run, and the profile holds both.
bin="$root/target/release/claimdesk"
workload() {
    RAYON_NUM_THREADS=1 "$bin" extract --json "$work"/corpus/*.txt > /dev/null
    rm -f "$work/train.sqlite3" "$work"/report.*
    CLAIMDESK_DB="$work/train.sqlite3" "$bin" import "$work/corpus" > /dev/null
    for f in html md csv json claimreview pdf; do
        CLAIMDESK_DB="$work/train.sqlite3" "$bin" export --format "$f" --out "$work/report.$f" > /dev/null
    done
}
# an instrumented product build (the crate is rebuilt: build.rs watches the variable)
CLAIMDESK_PGO_GENERATE="$raw" cargo build --release --bin claimdesk
# (the corpus writer's own run is not part of the profile)
LLVM_PROFILE_FILE=/dev/null "$bin" gen-corpus --articles 400 --seed 7 --out "$work/corpus"
workload
# the instrumented build beside the examples
CLAIMDESK_PGO_GENERATE="$raw" cargo build --release --bin claimdesk --example extract_loop
"$root/target/release/examples/extract_loop" 2 "$work/corpus"
workload
"$profdata" merge -o assets/pgo/claimdesk.profdata "$raw"
rustc -vV | sed -n 's/^commit-hash: //p' > assets/pgo/rustc-commit
rm -rf "$work"
# the normal builds again, now with the new profile (the product's last, so
# that target/release/claimdesk is the one `cargo build --release` makes)
cargo build --release --bin claimdesk --example extract_loop
cargo build --release
ls -l assets/pgo/claimdesk.profdata
