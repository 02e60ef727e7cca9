#!/bin/sh
# Make assets/pgo/claimdesk.profdata, the profile that release builds of the
# claimdesk crate are optimized with (scripts/rustc-pgo). Run it after changing
# the extractor, then rebuild: a stale profile still builds (functions that
# changed just lose their profile), it only helps less.
#
# The workload: extraction (examples/extract_loop, twice over the corpus), then
# the command line's `extract --json`, `import` into a fresh database and the
# exports, on one thread (counters of an instrumented build are not atomic),
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
# an instrumented build (the crate is rebuilt: build.rs watches the variable)
CLAIMDESK_PGO_GENERATE="$raw" cargo build --release --bin claimdesk --example extract_loop
bin="$root/target/release/claimdesk"
# (the corpus writer's own run is not part of the profile)
LLVM_PROFILE_FILE=/dev/null "$bin" gen-corpus --articles 400 --seed 7 --out "$work/corpus"
"$root/target/release/examples/extract_loop" 2 "$work/corpus"
export RAYON_NUM_THREADS=1
"$bin" extract --json "$work"/corpus/*.txt > /dev/null
export CLAIMDESK_DB="$work/train.sqlite3"
"$bin" import "$work/corpus" > /dev/null
for f in html md csv json claimreview pdf; do
    "$bin" export --format "$f" --out "$work/report.$f" > /dev/null
done
"$profdata" merge -o assets/pgo/claimdesk.profdata "$raw"
rustc -vV | sed -n 's/^commit-hash: //p' > assets/pgo/rustc-commit
rm -rf "$work"
# the normal build again, now with the new profile
cargo build --release --bin claimdesk --example extract_loop
ls -l assets/pgo/claimdesk.profdata
