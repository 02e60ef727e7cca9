//! A synthetic news corpus for scale tests: invented countries, people and
//! outlets, with the attribution patterns of real wire copy and state-media
//! readouts in rough proportion (reported speech, direct quotes, trailing
//! attributions, `according to`, relays citing a ministry, unattributed facts).
//! Deterministic for a given seed, so measurements repeat.

use std::path::Path;

const COUNTRIES: &[&str] = &[
    "Veska",
    "Drovania",
    "Talmark",
    "Marenland",
    "Kesh",
    "Ostel",
    "Brask",
    "Orrland",
    "Velmar",
    "Korvia",
];
const DEMONYMS: &[&str] = &[
    "Veskan",
    "Drovanian",
    "Talmark",
    "Marenlandic",
    "Keshi",
    "Ostelian",
    "Braskan",
    "Orrish",
    "Velmari",
    "Korvian",
];
const FIRST: &[&str] = &[
    "Ilan", "Mira", "Teodor", "Petra", "Dana", "Hal", "Sela", "Pavo", "Rada", "Ines", "Olav",
    "Juno", "Erik", "Nina", "Bran", "Lena", "Aila", "Piet", "Rosa", "Kai",
];
const LAST: &[&str] = &[
    "Vostrik", "Solend", "Kasz", "Holm", "Rook", "Veyr", "Dorn", "Strand", "Kell", "Kora", "Kent",
    "Bell", "Sand", "Varga", "Tull", "Dorr", "Varn", "Moll", "Lind", "Rost",
];
const OFFICES: &[&str] = &[
    "Foreign Minister",
    "Defence Minister",
    "Health Minister",
    "Finance Minister",
    "President",
    "Prime Minister",
    "Interior Minister",
    "Trade Minister",
];
const MINISTRIES: &[&str] = &[
    "Ministry of Health",
    "Foreign Ministry",
    "Defence Ministry",
    "Interior Ministry",
    "Finance Ministry",
    "Energy Ministry",
];
const OUTLETS: &[&str] = &[
    "Kora-7",
    "Varno Daily",
    "Brask Herald",
    "Orun Post",
    "Velmar News",
    "Kesh Today",
];
const TOPICS: &[&str] = &[
    "the border crossing at Halt would reopen next week",
    "grain exports rose 12 percent in the first quarter",
    "about 40 people were injured in the clashes",
    "the new pipeline would carry 8 billion cubic metres a year",
    "inflation fell to 4.2 percent in October",
    "the talks had made real progress on water sharing",
    "no troops would be sent across the river",
    "the election would go ahead as planned in June",
    "the dam had passed its last safety inspection",
    "the ceasefire was holding in all three provinces",
    "hospitals in the capital were running short of oxygen",
    "the central bank would keep rates unchanged",
];
const EVENTS: &[&str] = &[
    "Floods closed the main road between the two capitals on Tuesday.",
    "Three government buildings were damaged in the protests.",
    "The parliament voted 112 to 40 to approve the budget.",
    "Prices of bread have doubled since January.",
    "The port handled 4,000 ships last year.",
    "Talks resumed in the neutral city of Orrhaven on Monday.",
];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[(self.next() % list.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// One synthetic article (about 4–5 KB, about 30 claims).
pub fn article(seed: u64) -> String {
    let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let ci = r.below(COUNTRIES.len() as u64) as usize;
    let country = COUNTRIES[ci];
    let demonym = DEMONYMS[ci];
    let person = format!("{} {}", r.pick(FIRST), r.pick(LAST));
    let surname = person.split(' ').nth(1).unwrap_or("").to_string();
    let office = r.pick(OFFICES);
    let outlet = r.pick(OUTLETS);
    let ministry = format!("{demonym} {}", r.pick(MINISTRIES));
    let mut out = format!(
        "{country} {} talks: {} says progress made\n\n",
        r.pick(DEMONYMS),
        surname
    );
    out.push_str(&format!(
        "{} (Talmark News Agency) - {demonym} {office} {person} said on {} that {}.\n\n",
        country.to_uppercase(),
        ["Monday", "Tuesday", "Friday"][r.below(3) as usize],
        r.pick(TOPICS)
    ));
    let paragraphs = 24 + r.below(10);
    for i in 0..paragraphs {
        let topic = r.pick(TOPICS);
        let p = match r.below(10) {
            0 => format!(
                "\"{} {},\" {surname} told reporters in the capital.",
                capitalize(topic),
                "and we will see it through"
            ),
            1 => format!(
                "{}, the {demonym} news channel {outlet} said, citing the {ministry}.",
                capitalize(topic)
            ),
            2 => format!(
                "{} {} on {} told {} officials that {topic}, {demonym} state television said.",
                r.pick(OFFICES),
                person,
                ["Monday", "Friday"][r.below(2) as usize],
                r.pick(DEMONYMS)
            ),
            3 => format!("According to the {ministry}, {topic}."),
            4 => format!("Officials said {topic}."),
            5 => r.pick(EVENTS).to_string(),
            6 => format!("Minister {surname} said that {topic}, a {ministry} statement said."),
            7 => format!(
                "\"{},\" said {} {}, an analyst at the {} Institute.",
                capitalize(topic),
                r.pick(FIRST),
                r.pick(LAST),
                r.pick(COUNTRIES)
            ),
            8 => format!("He added that {topic}."),
            _ => format!("{} {}", r.pick(EVENTS), r.pick(EVENTS)),
        };
        out.push_str(&p);
        out.push_str(if i % 3 == 2 { "\n\n" } else { " " });
    }
    out.push_str(&format!(
        "\n\n(Reporting by {} {}; seed {seed})\n",
        r.pick(FIRST),
        r.pick(LAST)
    ));
    out
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Write `n` articles as `article-000001.txt` ... into `dir`; returns bytes written.
pub fn write(dir: &Path, n: usize, seed: u64) -> std::io::Result<u64> {
    std::fs::create_dir_all(dir)?;
    let mut bytes = 0;
    for i in 0..n {
        let text = article(seed.wrapping_add(i as u64));
        bytes += text.len() as u64;
        std::fs::write(dir.join(format!("article-{:06}.txt", i + 1)), text)?;
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn articles_are_deterministic_and_full_of_claims() {
        let a = super::article(7);
        assert_eq!(a, super::article(7));
        assert_ne!(a, super::article(8));
        let (_, claims) = crate::extract::extract(&a);
        assert!(claims.len() >= 20, "{} claims", claims.len());
        assert!(
            claims.iter().any(|c| !c.via.is_empty()),
            "some relayed claims"
        );
    }
}
