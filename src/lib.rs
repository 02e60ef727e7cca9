//! claimdesk: a desktop workbench for fact-checking what sources say.
//!
//! Data flows one way: files are [`import`]ed into [`model::Article`]s, the
//! [`extract`]or finds each checkable claim with its source and relay chain,
//! the [`store`] keeps them in SQLite with an append-only review log, and the
//! GUI ([`gui`]) and CLI ([`cli`]) read and review them.

pub mod cli;
pub mod extract;
pub mod gencorpus;
pub mod gui;
pub mod import;
pub mod model;
pub mod pipeline;
pub mod report;
pub mod samples;
pub mod store;
