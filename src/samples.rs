//! The sample articles shipped with claimdesk (fictional countries, people and
//! outlets, written for the project), offered on first start.

/// (file name, text) of each sample article.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "01-veska-drovania-border.txt",
        include_str!("../assets/samples/01-veska-drovania-border.txt"),
    ),
    (
        "02-talmark-grain-prices.txt",
        include_str!("../assets/samples/02-talmark-grain-prices.txt"),
    ),
    (
        "03-kesh-election-liveblog.txt",
        include_str!("../assets/samples/03-kesh-election-liveblog.txt"),
    ),
    (
        "04-marenland-interview.txt",
        include_str!("../assets/samples/04-marenland-interview.txt"),
    ),
    (
        "05-ostel-flood-wire.txt",
        include_str!("../assets/samples/05-ostel-flood-wire.txt"),
    ),
];
