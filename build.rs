//! Rebuild the crate when its optimization profile changes (scripts/rustc-pgo
//! adds it to the compiler's arguments, which cargo does not see) or when a
//! training build is asked for (scripts/pgo-train.sh).
fn main() {
    println!("cargo::rerun-if-changed=assets/pgo/claimdesk.profdata");
    println!("cargo::rerun-if-changed=assets/pgo/rustc-commit");
    println!("cargo::rerun-if-env-changed=CLAIMDESK_PGO_GENERATE");
}
