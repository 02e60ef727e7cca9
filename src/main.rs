//! The claimdesk binary: parse arguments, run the command or open the window,
//! map errors to exit codes (0 ok, 1 failure, 2 usage).

use clap::Parser;
use std::process::ExitCode;

/// mimalloc: the extractor makes many small, short-lived allocations (names,
/// phrases, claims); it serves them in a fraction of the system allocator's time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = claimdesk::cli::Cli::parse();
    match claimdesk::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("claimdesk: {e:#}");
            ExitCode::from(1)
        }
    }
}
