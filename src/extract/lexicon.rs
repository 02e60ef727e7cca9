//! Hand-built word lists: communication cues, titles, kind words, function words.
//!
//! Words are compared lowercased (ASCII), so the lists are lowercase.

/// What a cue verb does to the sentence around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// say, state, add...: content follows (or precedes).
    Say,
    /// tell, inform, assure...: a listener follows the verb before the content.
    Tell,
    /// blame X on Y, accuse X of Y: the object is part of the content.
    Object,
}

/// The grammatical form of a cue verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// said, told, claimed.
    Past,
    /// says, tells, claims (may also be a plural noun).
    Pres3,
    /// say, tell (after will/would/did/to...).
    Base,
    /// saying, telling.
    Ing,
}

/// The hasher of the lexicons and name maps: foldhash's fast variant with a fixed
/// seed (short words, no DoS concern; several times fewer instructions per word
/// than FNV-1a's byte loop, and results that do not vary between runs).
pub type WordHasher = foldhash::fast::FixedState;

/// A hash map keyed by words.
pub type WordMap<V> = std::collections::HashMap<String, V, WordHasher>;

/// A 4096-bit prefilter on a word's length and first, middle and last bytes:
/// `false` means the word is certainly not in the list it was built from.
#[derive(Debug, Clone)]
pub struct WordFilter(Box<[u64; 64]>);

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter(Box::new([0u64; 64]))
    }
}

impl WordFilter {
    #[inline]
    fn slot(n: usize, first: u8, middle: u8, last: u8) -> usize {
        let v = n as u64 | (first as u64) << 8 | (middle as u64) << 16 | (last as u64) << 24;
        (v.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize
    }

    #[inline]
    fn slot_of(w: &[u8], fold: bool) -> usize {
        let n = w.len();
        if n == 0 {
            return Self::slot(0, 0, 0, 0);
        }
        let f = |b: u8| if fold { b.to_ascii_lowercase() } else { b };
        Self::slot(n, f(w[0]), f(w[n / 2]), f(w[n - 1]))
    }

    /// Add a word.
    pub fn insert(&mut self, w: &str) {
        let k = Self::slot_of(w.as_bytes(), false);
        self.0[k >> 6] |= 1 << (k & 63);
    }

    /// Whether the word may be in the list.
    #[inline]
    pub fn may_contain(&self, w: &str) -> bool {
        let k = Self::slot_of(w.as_bytes(), false);
        self.0[k >> 6] & (1 << (k & 63)) != 0
    }

    /// Whether the word's ASCII-lowercase form may be in the list (for a list of
    /// lowercase words; the word need not be copied to ask).
    #[inline]
    pub fn may_contain_folded(&self, w: &str) -> bool {
        let k = Self::slot_of(w.as_bytes(), true);
        self.0[k >> 6] & (1 << (k & 63)) != 0
    }
}

/// A word list (or word map) behind a [`WordFilter`]. Most words of a text are
/// in no list, and the filter answers them without hashing the word; a set bit
/// falls through to the exact hash lookup, so answers are the map's own.
#[derive(Debug, Clone)]
pub struct Lexicon<V> {
    map: WordMap<V>,
    filter: WordFilter,
}

impl<V> Lexicon<V> {
    /// The value stored for this word, if it is in the list.
    #[inline]
    pub fn get(&self, w: &str) -> Option<&V> {
        if !self.filter.may_contain(w) {
            return None;
        }
        self.map.get(w)
    }

    /// Whether the word is in the list.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }
}

impl Lexicon<()> {
    /// A plain word list.
    pub fn words(list: &[&str]) -> Self {
        Self::words_of(&[list])
    }

    /// Several word lists as one.
    pub fn words_of(lists: &[&[&str]]) -> Self {
        lists
            .iter()
            .flat_map(|l| l.iter())
            .map(|w| (w.to_string(), ()))
            .collect()
    }
}

impl<V> From<WordMap<V>> for Lexicon<V> {
    fn from(map: WordMap<V>) -> Self {
        let mut filter = WordFilter::default();
        for w in map.keys() {
            filter.insert(w);
        }
        Lexicon { map, filter }
    }
}

impl<V> FromIterator<(String, V)> for Lexicon<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        Lexicon::from(iter.into_iter().collect::<WordMap<V>>())
    }
}

static CUE_VERBS: std::sync::LazyLock<Lexicon<(CueClass, Form)>> = std::sync::LazyLock::new(|| {
    let mut forms: Vec<String> = Vec::new();
    for base in SAY_BASE {
        forms.push(base.to_string());
        forms.push(format!("{base}s"));
        forms.push(format!("{base}es"));
        if let Some(stem) = base.strip_suffix('y') {
            forms.push(format!("{stem}ies"));
        }
    }
    forms.extend(SAY_PAST_FULL.iter().map(|w| w.to_string()));
    for w in [
        "said",
        "says",
        "say",
        "saying",
        "told",
        "tells",
        "tell",
        "telling",
        "informed",
        "assured",
        "reassured",
        "reminded",
        "briefed",
        "notified",
        "informs",
        "assures",
        "reassures",
        "reminds",
        "blamed",
        "blames",
        "credited",
        "credits",
        "attributed",
        "attributes",
        "accused",
        "accuses",
        "accusing",
        "blaming",
        "accuse",
        "blame",
        "urged",
        "warned",
        "cautioned",
        "urges",
        "warns",
        "cautions",
        "urging",
        "assure",
        "reassure",
        "convince",
        "persuade",
    ] {
        forms.push(w.to_string());
    }
    forms
        .into_iter()
        // ("police may hold suspects", "the suspected gunman": nouns and
        // adjectives far more often than verbs; "suspect" is read only after a
        // plural with its clause, "Investigators suspect C")
        .filter(|f| !matches!(f.as_str(), "suspects" | "suspected"))
        .filter_map(|f| cue_verb_slow(&f).map(|r| (f, r)))
        .collect()
});

/// Verbs of finding ("a survey found that", "the study shows ...").
pub const FINDING_VERBS: &[&str] = &[
    "found",
    "finds",
    "concluded",
    "concludes",
    "showed",
    "shows",
    "show",
    // ("The report documents at least 212 deaths in custody")
    "documented",
    "documents",
];

/// Verbs of conveying a stance ("expressed hope that").
pub const STANCE_VERBS: &[&str] = &["expressed", "voiced", "conveyed", "reaffirmed"];

/// Verbs that report only in a fixed phrase before `that`: `pointed out that`,
/// `made clear that`, `made it clear that`, `made the case that`, `agreed that`.
pub const PHRASE_CUE_VERBS: &[&str] = &[
    // ("Ortiz did not dispute that C")
    "dispute",
    // ("Carver rejected the idea that C")
    "rejected",
    "rejects",
    "dismissed",
    "dismisses",
    "disputed",
    "disputes",
    // ("Lund's team is convinced that C")
    "convinced",
    "confident",
    "adamant",
    "echoed",
    "echoes",
    "shared",
    "shares",
    "reads",
    "read",
    "pointed",
    "points",
    "point",
    "made",
    "makes",
    "making",
    "agreed",
    "agrees",
    "put",
    "puts",
    "called",
    "calls",
    "appealed",
    "appeals",
    "warning",
    "writing",
    "ruling",
    "arguing",
    "insisting",
    "noting",
    "adding",
    "suggesting",
    "stressing",
    "declaring",
    "predicting",
    "acknowledging",
    "admitting",
    "conceding",
    "alleging",
    "claiming",
    "asserting",
    "contending",
    "complaining",
    "boasting",
    "bragging",
    "lamenting",
    "explaining",
    "cautioning",
    "maintaining",
    "continued",
    "shot",
    "shoots",
    "fired",
    "fires",
    "hit",
    "hits",
];

/// Verbs of revising a count ("raised its toll to 12", "cut its estimate to
/// 300"); `raised` also starts "raised concerns that".
pub const REVISE_VERBS: &[&str] = &[
    "raised", "raises", "lowered", "lowers", "revised", "revises", "cut", "cuts",
];

/// Flags of a word, looked up once per token of a sentence ([`word_flags`]) so
/// that the rules scanning every token test a bit instead of the word.
/// The word can start a cue: a communication verb, a base form, a finding or
/// stance verb, `according`.
pub const F_CUE_START: u8 = 1;
/// The word is `quoted` (`quoted ... as saying`).
pub const F_QUOTED: u8 = 2;
/// The word is `the`, `its` or `their` (before a body's lowercase name).
pub const F_BODY_DET: u8 = 4;
/// A word without which reported speech holds no nested report: a word of the
/// cues that nest ([`NESTING_CUES`], `according`, `quoted`) and the `that`
/// after any other cue.
pub const F_NESTS: u8 = 8;
/// `with`, `while`, `whereas`, `but`: the words after a comma that may split a
/// sentence in two (`..., with the minister warning that`, `..., while X said`).
pub const F_SPLIT: u8 = 16;
/// A word one of the readings of a sentence without a cue starts from
/// ([`CUELESS_WORDS`]): a sentence with none of them, no quote mark and no
/// colon skips those readings.
pub const F_CUELESS: u8 = 32;

/// The words the readings of a cue-less sentence (`Extractor::attribute`) scan
/// for, each reading's own: a reading added there whose scan starts from a
/// word of its own adds that word here, or never runs on a sentence without
/// a quote mark or a colon.
pub const CUELESS_WORDS: &[&str] = &[
    // saying_clause, for_saying ("X defended the tax, saying C"; "criticized
    // for claiming C")
    "saying",
    "claiming",
    "suggesting",
    "insisting",
    "arguing",
    "declaring",
    "stating",
    "writing",
    "asserting",
    "alleging",
    // accusation_by, claim_of, noun_by_that, stated_view (the nouns of a claim
    // or a stated view)
    "charge",
    "charges",
    "claim",
    "claims",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "assertion",
    "assertions",
    "warning",
    "warnings",
    "contention",
    "insistence",
    "argument",
    "promise",
    "pledge",
    "belief",
    "conviction",
    "conclusion",
    "finding",
    "prediction",
    "report",
    "assessment",
    "analysis",
    "announcement",
    "message",
    "point",
    "answer",
    "response",
    "verdict",
    "view",
    "position",
    "reply",
    "explanation",
    "pitch",
    "case",
    "advice",
    "line",
    "stance",
    // accused_by, criticized_for ("was accused by X of C")
    "accused",
    "blamed",
    "criticized",
    "criticised",
    "faulted",
    "rebuked",
    "condemned",
    "censured",
    "chided",
    "slammed",
    // view_aside ("C, in Holt's view")
    "telling",
    "words",
    "estimation",
    "opinion",
    "judgment",
    "judgement",
    "eyes",
    // put_it_colon, as_put_aside ("As one aide put it", ", as Holt sees it,")
    "put",
    "puts",
    "sees",
    "saw",
    "tells",
    "told",
    // in_poll
    "poll",
    "survey",
    // told_by, said_by ("was told by X that C", "is said by X to be")
    "informed",
    "assured",
    "warned",
    "reminded",
    "advised",
    "said",
    "described",
    "reported",
    "believed",
    "thought",
    // who_says ("Lawmakers who say C will vote against it")
    "who",
];

/// The one-word cues of a plain reporting clause, which nest inside reported
/// speech (`X told Y that ...`, beside `according to` and `quoted ... as saying`).
pub const NESTING_CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "announced",
    // ("Vask told state television that Lind had assured him the border would
    // stay open")
    "assured",
    // ("Zakh accused Ostel of \"terrorist methods,\" KNA reported": a charge
    // relayed is its maker's)
    "accused",
    "accuses",
    "blamed",
    "blames",
    "denied",
    "denies",
];

/// Verbs of belief that nest in another's report with a clause and no `that`:
/// "Halden believes C, two of his aides said."
pub const NESTING_BELIEFS: &[&str] = &[
    "believes", "believe", "believed", "thinks", "think", "thought", "fears", "fear", "feared",
    "hopes", "hope", "hoped", "expects", "expect", "worry", "worries", "worried",
];

/// A verb answering what was just said, with it as the object ("Koss rejected
/// that.", "The ministry denied it."): the reply, whose words follow.
pub fn reply_verb(w: &str) -> bool {
    matches!(
        w,
        "rejected"
            | "disputed"
            | "denied"
            | "challenged"
            | "dismissed"
            | "rebuffed"
            // ("Disability charities dispute that.")
            | "dispute"
            | "disputes"
            | "reject"
            | "rejects"
            | "contest"
            | "contests"
    )
}

/// The past form of a verb of saying in its progressive "-ing" form ("arguing"
/// -> "argued", "denying" -> "denied", "saying" -> "said"): "has been arguing
/// that C", "is warning that C" read as the verb's past.
pub fn progressive_past(w: &str) -> Option<&'static str> {
    PROGRESSIVE.get(w).map(String::as_str)
}

static PROGRESSIVE: std::sync::LazyLock<Lexicon<String>> = std::sync::LazyLock::new(|| {
    let mut m: WordMap<String> = WordMap::default();
    for (p, &(_, form)) in CUE_VERBS.map.iter() {
        if form != Form::Past {
            continue;
        }
        let ing = if let Some(stem) = p.strip_suffix("ied") {
            format!("{stem}ying")
        } else if let Some(stem) = p.strip_suffix("eed") {
            format!("{stem}eeing")
        } else if let Some(stem) = p.strip_suffix("ed") {
            format!("{stem}ing")
        } else {
            continue;
        };
        m.entry(ing).or_insert_with(|| p.clone());
    }
    // (not "writing", "speaking": "is writing a memoir", "was speaking at a
    // rally" tell no words)
    for (w, p) in [("saying", "said"), ("telling", "told")] {
        if CUE_VERBS.map.contains_key(p) {
            m.insert(w.to_string(), p.to_string());
        }
    }
    m.into()
});

/// The flags of a (lowercase) word: an exact lookup of the lists they stand for.
#[inline]
pub fn word_flags(w: &str) -> u8 {
    static FLAGS: std::sync::LazyLock<Lexicon<u8>> = std::sync::LazyLock::new(|| {
        let mut m: WordMap<u8> = WordMap::default();
        let mut add = |w: &str, f: u8| *m.entry(w.to_string()).or_insert(0) |= f;
        for w in CUE_VERBS.map.keys() {
            add(w, F_CUE_START);
        }
        for w in SAY_BASE
            .iter()
            .chain(FINDING_VERBS)
            .chain(STANCE_VERBS)
            .chain(PHRASE_CUE_VERBS)
        {
            add(w, F_CUE_START);
        }
        add("according", F_CUE_START);
        add("as", F_CUE_START);
        // ("have written to the minister warning that C": read as "wrote" after
        // its auxiliary only; "a written statement" tells nothing)
        add("written", F_CUE_START);
        // ("An exit poll had shown C": read as "showed" after its auxiliary)
        add("shown", F_CUE_START);
        // ("has been arguing that C")
        for w in PROGRESSIVE.map.keys() {
            add(w, F_CUE_START);
        }
        // ("understands", "has learned" of an outlet; "held" of a court)
        for w in ["understands", "learned", "learnt", "held", "holds"] {
            add(w, F_CUE_START);
        }
        // ("raised concerns that C"; "raised its toll to 12", "cut its
        // estimate to 300")
        for w in REVISE_VERBS {
            add(w, F_CUE_START);
        }
        add("per", F_CUE_START);
        // ("The agency recommends that C")
        for w in ["recommends", "recommended", "proposes", "proposed"] {
            add(w, F_CUE_START);
        }
        // ("has spent months warning that")
        for w in ["spent", "spends", "spend"] {
            add(w, F_CUE_START);
        }
        // (a poll that "gives" or "puts" a party its figure)
        for w in ["gives", "gave", "puts"] {
            add(w, F_CUE_START);
        }
        // ("Witnesses described hearing several explosions")
        for w in [
            "described",
            "describe",
            "describes",
            "recalled",
            "recall",
            "recalls",
        ] {
            add(w, F_CUE_START);
        }
        // ("questioned whether C")
        for w in ["questioned", "questions", "question"] {
            add(w, F_CUE_START);
        }
        for w in [
            "with", "while", "whereas", "but", "after", "days", "hours", "weeks", "shortly",
            "where", "and", "though", "although", "when", "a", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "as", "even",
        ] {
            add(w, F_SPLIT);
        }
        for w in CUELESS_WORDS {
            add(w, F_CUELESS);
        }
        add("quoted", F_QUOTED);
        // ("was cited by state media as saying")
        add("cited", F_QUOTED);
        add("cites", F_QUOTED);
        add("quotes", F_QUOTED);
        // ("was heard saying", "was caught on tape saying": words overheard)
        // (and "Dorn recalled Vik saying C": words one remembers another saying)
        for w in [
            "heard",
            "overheard",
            "recorded",
            "caught",
            "filmed",
            "recalled",
            "remembered",
        ] {
            add(w, F_QUOTED);
        }
        for w in ["the", "its", "their"] {
            add(w, F_BODY_DET);
        }
        for w in NESTING_CUES
            .iter()
            .chain(NESTING_BELIEFS)
            // ("Brandt expressed his readiness to extend it, the office said")
            .chain(STANCE_VERBS)
            .chain(&["according", "quoted", "that"])
            // ("Exit polls show C, according to the broadcaster")
            .chain(&["show", "shows", "showed", "found", "finds"])
        {
            add(w, F_NESTS);
        }
        Lexicon::from(m)
    });
    FLAGS.get(w).copied().unwrap_or(0)
}

/// A body's word whose name may go on past "on" (`the Senate Committee on
/// Foreign Relations`, `the Commission on Elections`).
pub fn committee_word(w: &str) -> bool {
    matches!(
        w,
        "committee" | "subcommittee" | "commission" | "council" | "panel" | "conference"
    )
}

/// Look a word up as a communication verb.
/// A verb of saying in its base form ("allege", "argue"), for `X allege that`.
pub fn say_base(w: &str) -> bool {
    static SET: std::sync::LazyLock<Lexicon<()>> =
        std::sync::LazyLock::new(|| Lexicon::words(SAY_BASE));
    w.len() > 3 && SET.contains(w)
}

pub fn cue_verb(w: &str) -> Option<(CueClass, Form)> {
    CUE_VERBS.get(w).copied()
}

fn cue_verb_slow(w: &str) -> Option<(CueClass, Form)> {
    use CueClass::*;
    use Form::*;
    let r = match w {
        "said" => (Say, Past),
        "says" => (Say, Pres3),
        "say" => (Say, Base),
        "saying" => (Say, Ing),
        "told" => (Tell, Past),
        "tells" => (Tell, Pres3),
        "tell" => (Tell, Base),
        "telling" => (Tell, Ing),
        "informed" | "assured" | "reassured" | "reminded" | "briefed" | "notified" => (Tell, Past),
        "informs" | "assures" | "reassures" | "reminds" => (Tell, Pres3),
        // (only after "sought to", "tried to": "sought to reassure voters that C")
        "assure" | "reassure" | "convince" | "persuade" => (Tell, Base),
        "blamed" => (Object, Past),
        "blames" => (Object, Pres3),
        // ("Voss credited new asylum rules", "attributed the fall to the rules":
        // a cause named, as a blame is)
        "credited" | "attributed" => (Object, Past),
        "credits" | "attributes" => (Object, Pres3),
        "accused" => (Object, Past),
        "accuses" => (Object, Pres3),
        "accusing" | "blaming" => (Object, Ing),
        "urging" => (Say, Ing),
        "accuse" | "blame" => (Object, Base),
        // ("The rebels deny targeting civilians": a plural's denial)
        "deny" => (Say, Base),
        "urged" | "warned" | "cautioned" => (Say, Past),
        "urges" | "warns" | "cautions" => (Say, Pres3),
        _ => {
            if SAY_PAST_FULL.contains(&w) {
                return Some((Say, Past));
            }
            if let Some(stem) = w.strip_suffix('s') {
                let es = stem.strip_suffix('e');
                let ies = w.strip_suffix("ies").map(|s| format!("{s}y"));
                if SAY_BASE.contains(&stem)
                    || es.is_some_and(|s| SAY_BASE.contains(&s))
                    || ies.is_some_and(|s| SAY_BASE.contains(&s.as_str()))
                {
                    return Some((Say, Pres3));
                }
            }
            return None;
        }
    };
    Some(r)
}

/// Base forms of communication verbs (regular -s / -ed).
const SAY_BASE: &[&str] = &[
    "state",
    "warn",
    "urge",
    "add",
    "announce",
    "claim",
    "insist",
    "argue",
    "explain",
    "note",
    "deny",
    "report",
    "confirm",
    "tweet",
    "post",
    "vow",
    "acknowledge",
    "admit",
    "stress",
    "emphasize",
    "emphasise",
    "reiterate",
    "assert",
    "allege",
    "maintain",
    "contend",
    "predict",
    "estimate",
    "reveal",
    "disclose",
    "promise",
    "pledge",
    "threaten",
    "demand",
    "reply",
    "respond",
    "answer",
    "recall",
    "concede",
    "complain",
    "observe",
    "remark",
    "comment",
    "mention",
    "indicate",
    "signal",
    "hint",
    "boast",
    "lament",
    "counter",
    "repeat",
    "declare",
    "underline",
    "underscore",
    "highlight",
    "suggest",
    "write",
    "caution",
    "testify",
    "charge",
    "retort",
    "exclaim",
    "shout",
    "yell",
    "interject",
    "affirm",
    "proclaim",
    // ("rejected accusations that C", with its clause only: needs_clause)
    "reject",
    "read",
    "conclude",
    "quip",
    "forecast",
    "inform",
    "rule",
    "recount",
    "believe",
    "think",
    "expect",
    "hope",
    "fear",
    "worry",
    // ("Investigators suspect the fire was set deliberately"; its "-s" and
    // "-ed" forms are left out of CUE_VERBS: "hold suspects", "the suspected
    // gunman")
    "suspect",
    // ("Voss doubts the plan will work": only with its clause)
    "doubt",
    // ("Adler scoffed that the plan would fail": only with its clause)
    "scoff",
    "muse",
];

/// Past forms that do not follow the regular -ed/-d rule from SAY_BASE.
const SAY_PAST_FULL: &[&str] = &[
    "rejected",
    // ("boasted that C" is regular; "bragged" doubles its g)
    "bragged",
    // ("Holt's office later clarified that C"; not "emailed" or "texted",
    // adjectives in "an emailed statement")
    "clarified",
    "specified",
    "reaffirmed",
    "swore",
    "intimated",
    "reckoned",
    "surmised",
    "theorized",
    "theorised",
    "posited",
    "reasoned",
    "opined",
    "blogged",
    // ("guaranteed that C", "calculated that C")
    "guaranteed",
    "calculated",
    // (the session-twenty verbs, each only with its clause: "certified that C",
    // "touted that C", "texted that C"; not "confessed", "protested" or
    // "apologized", whose "to police", "in the square", "in court" would be read
    // as an occasion before a clause)
    "certified",
    "verified",
    "attested",
    "averred",
    "avowed",
    "professed",
    "trumpeted",
    "touted",
    "regretted",
    "decried",
    "doubted",
    "determined",
    "texted",
    // ('"...," the statement read': only after a document: document_reads in Extractor::cues)
    "read",
    "thought",
    "believed",
    "hoped",
    "feared",
    "worried",
    "scoffed",
    "mused",
    "speculated",
    "implied",
    "projected",
    "joked",
    "shouted",
    "yelled",
    "interjected",
    "wrote",
    "denied",
    "replied",
    "testified",
    "admitted",
    "signalled",
    "signaled",
    "forecast",
    "stated",
    "added",
    "announced",
    "claimed",
    "insisted",
    "argued",
    "explained",
    "noted",
    "reported",
    "confirmed",
    "tweeted",
    "posted",
    "vowed",
    "acknowledged",
    "stressed",
    "emphasized",
    "emphasised",
    "reiterated",
    "asserted",
    "alleged",
    "maintained",
    "contended",
    "predicted",
    "estimated",
    "revealed",
    "disclosed",
    "promised",
    "pledged",
    "threatened",
    "demanded",
    "responded",
    "answered",
    "recalled",
    "conceded",
    "complained",
    "observed",
    "remarked",
    "commented",
    "mentioned",
    "indicated",
    "hinted",
    "boasted",
    "lamented",
    "countered",
    "repeated",
    "declared",
    "underlined",
    "underscored",
    "highlighted",
    "suggested",
    "charged",
    "retorted",
    "exclaimed",
    "affirmed",
    "proclaimed",
    "concluded",
    "quipped",
    "ruled",
    // ('"Draw a new map by Jan. 15," she ordered.', 'ordered that C': a verb of
    // manner, see manner_verb; "ordered troops to the border" is an act)
    "ordered",
    "recounted",
    // ('"We lost," Holt laughed.': the manner of the words, only with a clause
    // or after a quote)
    "laughed",
    "whispered",
    "sighed",
    "snapped",
    "fumed",
    "remembered",
];

/// Cue verbs that are often nouns or non-speech verbs, so they need a clear subject.
pub fn weak_cue(w: &str) -> bool {
    matches!(
        w,
        "claims"
            | "reports"
            | "notes"
            | "posts"
            | "states"
            | "tweets"
            | "charges"
            | "answers"
            | "promises"
            | "pledges"
            | "threats"
            | "demands"
            | "comments"
            | "estimates"
            | "forecasts"
            | "signals"
            | "hints"
            | "counters"
            | "reveals"
            | "declared"
            | "posted"
            | "reported"
            | "charged"
            | "maintained"
            | "observed"
            | "noted"
            | "estimated"
            | "forecast"
            | "signalled"
            | "signaled"
            | "indicated"
            | "suggested"
            | "repeated"
            | "answered"
            | "responded"
            | "concluded"
            | "highlighted"
            | "promised"
            | "threatened"
            | "demanded"
            | "pledged"
            | "recalled"
            | "announced"
            | "admitted"
            | "revealed"
            | "pointed"
            | "mentioned"
    )
}

/// Words that may stand between a subject and its cue verb (auxiliaries, adverbs, times).
const AUX_OR_ADVERB_WORDS: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    // ("have been saying that C")
    "been",
    "will",
    "would",
    "could",
    "may",
    "might",
    "can",
    "also",
    "later",
    "earlier",
    "previously",
    "again",
    "reportedly",
    "separately",
    "further",
    "then",
    "once",
    "repeatedly",
    "publicly",
    "privately",
    "recently",
    "initially",
    "subsequently",
    "last",
    "on",
    "late",
    "early",
    "this",
    "yesterday",
    "today",
    "tonight",
    "night",
    "morning",
    "afternoon",
    "evening",
    "week",
    "month",
    "year",
    "did",
    "does",
    "do",
    "already",
    "flatly",
    "firmly",
    "strongly",
    "openly",
    "quickly",
    "immediately",
    "directly",
    "explicitly",
    "bluntly",
    "angrily",
    "calmly",
    "simply",
    // ("The minister would only say that C", "only said that C")
    "only",
    "first",
    "just",
    "now",
    "still",
    "in",
    "shortly",
    "afterwards",
    "afterward",
    "even",
    "both",
    "all",
    "herself",
    "himself",
    "themselves",
    "itself",
    "allegedly",
    "sharply",
    "forcefully",
    "confidently",
    "emphatically",
    "categorically",
    "officially",
    "formally",
    "loudly",
    "quietly",
    "widely",
    "often",
    "frequently",
    "regularly",
    "never",
    "always",
    "had also",
    "long",
    "consistently",
    "personally",
    "falsely",
    "wrongly",
    "incorrectly",
    "baselessly",
    "mistakenly",
    "erroneously",
    "inaccurately",
    "misleadingly",
    "routinely",
    "proudly",
    "defiantly",
    "pointedly",
    "cautiously",
    // ("Varn meanwhile said ...")
    "meanwhile",
    "however",
    "likewise",
    "similarly",
    "nonetheless",
    "nevertheless",
];

static AUX_OR_ADVERB_SET: std::sync::LazyLock<Lexicon<()>> =
    std::sync::LazyLock::new(|| Lexicon::words(AUX_OR_ADVERB_WORDS));

pub fn aux_or_adverb(w: &str) -> bool {
    AUX_OR_ADVERB_SET.contains(w) || weekday(w) || month(w) || w.bytes().all(|b| b.is_ascii_digit())
}

/// A unit of time counted ("two days after", "a week before").
pub fn duration_noun(w: &str) -> bool {
    matches!(
        w,
        "minutes"
            | "minute"
            | "hours"
            | "hour"
            | "days"
            | "day"
            | "weeks"
            | "week"
            | "months"
            | "month"
            | "years"
            | "year"
    )
}

/// Words of time that can sit right after a cue (`said on Friday`, `said late Monday`).
pub fn time_word(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "later"
            | "earlier"
            | "previously"
            | "again"
            | "separately"
            | "further"
            | "then"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "recently"
            | "last"
            | "late"
            | "early"
            | "this"
            | "yesterday"
            | "today"
            | "tonight"
            | "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "week"
            | "month"
            | "year"
            // ("announced last spring that C")
            | "weekend"
            | "spring"
            | "summer"
            | "autumn"
            | "winter"
            | "already"
            | "now"
            | "still"
            | "shortly"
            | "afterwards"
            | "afterward"
            | "once"
            | "too"
            | "flatly"
            | "firmly"
            | "strongly"
            | "openly"
            | "bluntly"
            | "explicitly"
            | "officially"
            | "formally"
    ) || weekday(w)
        || month(w)
}

/// Verbs that are a cue only before a clause (`declared that ...`), not an object.
pub fn needs_clause(w: &str) -> bool {
    manner_verb(w)
        || matches!(
            w,
            "scoffed"
            | "scoffs"
            // (the session-nineteen verbs: "specified the terms", "reaffirmed
            // its commitment" are acts, not words)
            | "clarified"
            | "specified"
            | "reaffirmed"
            | "swore"
            | "intimated"
            | "reckoned"
            | "surmised"
            | "theorized"
            | "theorised"
            | "posited"
            | "reasoned"
            | "opined"
            | "blogged"
            | "guaranteed"
            | "calculated"
            | "certified"
            | "verified"
            | "attested"
            | "averred"
            | "avowed"
            | "professed"
            | "trumpeted"
            | "touted"
            | "regretted"
            | "decried"
            | "doubted"
            | "doubts"
            | "doubt"
            | "determined"
            | "texted"
            | "mused"
            | "muses"
            | "declared"
            // ("testified for three hours before the committee": an appearance,
            // not words)
            | "testified"
            | "testifies"
            | "testify"
            | "read"
            | "reads"
            | "rejected"
            | "rejects"
            | "ruled"
            | "rules"
            | "declares"
            | "proclaimed"
            | "proclaims"
            | "signalled"
            | "signaled"
            | "signals"
            | "indicated"
            | "indicates"
            | "charged"
            | "answered"
            | "posted"
            | "promised"
            | "threatened"
            | "demanded"
            | "pledged"
            | "observed"
            | "maintained"
            | "recalled"
            | "highlighted"
            | "repeated"
            | "mentioned"
            | "revealed"
            | "reported"
            | "announced"
            | "suggested"
            | "estimated"
            | "noted"
            | "concluded"
            | "admitted"
            // (base forms after "appeared to", "went on to": "appeared to promise
            // a contract to a donor" is an act)
            | "promise"
            | "pledge"
            | "threaten"
            | "demand"
            | "reveal"
            | "announce"
            | "suggest"
            | "indicate"
            | "signal"
            | "declare"
            | "repeat"
            | "mention"
            | "admit"
            | "report"
            | "estimate"
        )
}

/// Prepositions that open a phrase of time, place or occasion after a cue
/// (`said in a statement`, `told reporters during a visit`).
pub fn preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "during"
            | "to"
            | "via"
            | "through"
            | "from"
            | "over"
            | "after"
            | "before"
            | "while"
            | "for"
            | "with"
            | "by"
            | "ahead"
            | "following"
            | "amid"
            | "outside"
            | "inside"
            | "near"
            | "aboard"
    )
}

/// Auxiliaries and modals: `would`, `has`, `was`, `did` ...
pub fn auxiliary(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "did"
            | "does"
            | "do"
    )
}

/// A finite form of "be" ("is", "are", "was", "were"): before a passive's
/// participle or a predicate.
pub fn be_finite(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were")
}

/// Words that end a sentence's subject: auxiliaries and past tenses
/// (plural nouns ending in -s are not verbs here, unlike [`finite_verb_like`]).
pub fn clause_verb(w: &str) -> bool {
    auxiliary(w)
        || matches!(w, "defended" | "rejected" | "welcomed")
        || w.len() > 4 && w.ends_with("ed")
}

/// Words that end a listener after `told` (`told reporters on Friday`).
pub fn listener_end(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "late"
            | "early"
            | "last"
            | "at"
            | "during"
            | "after"
            | "before"
            | "yesterday"
            | "today"
            | "earlier"
    )
}

/// Monday..Sunday (lowercase).
pub fn weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// January..December and short forms (lowercase).
pub fn month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Words that end a subject phrase when walking left from a cue.
const NP_BOUNDARY_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "where", "when", "while", "as", "because", "but",
    "or", "if", "after", "before", "since", "although", "though", "so", "than", "what", "how",
    "why", "there", "whether", "once", "until", "unless", "whereas", "yet", "nor", "then", "not",
    "to", "by", "with", "into", "is", "are", "was", "were", "be", "been", "being", "will", "would",
    "can", "could", "should", "must", "might", "may", "do", "did", "does", "has", "have", "had",
    "it's", "we", "i", "you", "us", "me", "him", "them", "this", "these", "those", "here",
];

static NP_BOUNDARY_SET: std::sync::LazyLock<Lexicon<()>> =
    std::sync::LazyLock::new(|| Lexicon::words(NP_BOUNDARY_WORDS));

pub fn np_boundary(w: &str) -> bool {
    NP_BOUNDARY_SET.contains(w)
}

/// Function words that can start a subject phrase but are not part of a name.
const DETERMINER_WORDS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "some", "several", "many", "two",
    "three", "four", "one", "other", "another", "senior", "most", "few", "any", "each", "both",
    "all", "various", "numerous",
];

static DETERMINER_SET: std::sync::LazyLock<Lexicon<()>> =
    std::sync::LazyLock::new(|| Lexicon::words(DETERMINER_WORDS));

pub fn determiner(w: &str) -> bool {
    DETERMINER_SET.contains(w)
}

/// Where or through what words were given (`in a speech`, `in a video posted
/// to ...`, `at a rally`): an occasion, no content and no speaker.
pub fn occasion_noun(w: &str) -> bool {
    matches!(
        w,
        "speech"
            | "interview"
            | "address"
            | "rally"
            | "briefing"
            | "appearance"
            | "hearing"
            | "remarks"
            | "video"
            | "post"
            | "message"
            | "tweet"
            | "broadcast"
            | "podcast"
            | "livestream"
    )
}

/// Leading words of an introductory phrase that sits before a subject without a comma.
pub fn intro_word(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "at"
            | "during"
            | "after"
            | "before"
            | "late"
            | "early"
            | "last"
            | "meanwhile"
            | "separately"
            | "earlier"
            | "later"
            | "yesterday"
            | "tonight"
            | "today"
            | "also"
            | "however"
            | "and"
            | "then"
            | "now"
            | "still"
            | "but"
            | "elsewhere"
            | "overnight"
            | "previously"
            | "moreover"
            | "additionally"
            | "furthermore"
            | "instead"
            | "indeed"
            | "similarly"
            | "likewise"
            | "nevertheless"
            | "nonetheless"
            | "thus"
            | "hence"
            | "so"
            | "finally"
            | "first"
            | "second"
            | "third"
            | "lastly"
            | "notably"
            | "recently"
    )
}

/// Personal pronouns that can be a speaker.
pub fn pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "it" | "we" | "i")
}

/// Title words that only qualify a title ("Trade Minister", "Health
/// Secretary"): alone they name a field, not a person ("trade had grown").
pub fn portfolio_word(w: &str) -> bool {
    matches!(
        w,
        "medical"
            | "environment"
            | "water"
            | "communications"
            | "information"
            | "prime"
            | "foreign"
            | "defense"
            | "defence"
            | "interior"
            | "health"
            | "finance"
            | "economy"
            | "trade"
            | "justice"
            | "education"
            | "energy"
            | "agriculture"
            | "transport"
            | "labor"
            | "labour"
            | "culture"
    )
}

/// Title and role words (they go to `role`, not `name`).
const TITLE_WORD_WORDS: &[&str] = &[
    "president",
    "counterpart",
    "medical",
    "environment",
    "water",
    "communications",
    "information",
    "vice",
    "minister",
    "prime",
    "foreign",
    "defense",
    "defence",
    "interior",
    "health",
    "finance",
    "economy",
    "trade",
    "justice",
    "education",
    "energy",
    "agriculture",
    "transport",
    "labor",
    "labour",
    "culture",
    "deputy",
    "secretary",
    "general",
    "state",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "gen",
    "gen.",
    "admiral",
    "adm",
    "colonel",
    "col",
    "major",
    "maj",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    "governor",
    "gov",
    "mayor",
    "senator",
    "sen",
    "sens",
    "representative",
    "rep",
    "reps",
    "congressman",
    "congresswoman",
    "chancellor",
    "premier",
    // ("says PM", "PM Alan Reeve": the prime minister's short form)
    "pm",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "emir",
    "sultan",
    "leader",
    "lawmaker",
    "backbencher",
    "frontbencher",
    "mp",
    "official",
    "officer",
    "judge",
    "justices",
    "attorney",
    "prosecutor",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "chief",
    "head",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "commissioner",
    "ceo",
    "founder",
    "executive",
    "manager",
    "coach",
    "referee",
    "analyst",
    "economist",
    "researcher",
    "expert",
    "activist",
    "witness",
    "resident",
    "neighbour",
    "neighbor",
    "bystander",
    "villager",
    "eyewitness",
    "lawyer",
    "advocate",
    "adviser",
    "advisor",
    "counsellor",
    "counselor",
    "speaker",
    "commander",
    "chairmen",
    "pope",
    "cardinal",
    "archbishop",
    "bishop",
    "imam",
    "rabbi",
    "rev",
    "reverend",
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "former",
    "acting",
    "interim",
    "then",
    "new",
    "top",
    "senior",
    "junior",
    "assistant",
    "associate",
    "undersecretary",
    "under-secretary",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "president-elect",
    "mps",
    "first",
    "inspector",
    "superintendent",
    "detective",
    // (abbreviated: "Det. Anna Cole", "Supt. Lars Berg", "Cllr. Ida Moe")
    "det",
    "det.",
    "insp",
    "insp.",
    "supt",
    "supt.",
    "cmdr",
    "cmdr.",
    "atty",
    "atty.",
    "amb",
    "amb.",
    "cllr",
    "cllr.",
    "constable",
    "consul",
    "delegate",
    "negotiator",
    "coordinator",
    "rapporteur",
    "regent",
    "defence-minister",
    "party",
    "opposition",
    "veteran",
    "diplomat",
    "scientist",
    "doctor",
    "nurse",
    "teacher",
    "student",
    "farmer",
    "journalist",
    "reporter",
    "correspondent",
    "editor",
    "author",
    "writer",
    "historian",
    "professor-emeritus",
    "director-general",
    "secretary-general",
    "vice-president",
    "vice-premier",
    "auditor",
    "ombudsman",
    "governor-general",
    "marshal",
    "brigadier",
    "field",
    "naval",
    "navy",
    "army",
    "military",
    "police",
    "security",
    "national",
    "regional",
    "provincial",
    "local",
    "federal",
    "central",
    "bank",
    "chief-executive",
    "owner",
    "partner",
    "member",
    "presidential",
    "ministry",
    "office",
    "department",
    "press",
    // offices named alone ("the treasurer said"); people named by what they
    // are or do join these in the set ([`PEOPLE_BY_TRADE`])
    "treasurer",
    "comptroller",
    "sheriff",
    "coroner",
    "magistrate",
    "clerk",
    "assessor",
    "recorder",
    // ("The administrator acknowledged that C", "the dean said")
    "administrator",
    "provost",
    "registrar",
    "trustee",
    "legislator",
    "assemblyman",
    "assemblywoman",
    "alderman",
    "alderwoman",
    "monarch",
    "appointee",
    "bureaucrat",
    "emissary",
    "investigator",
    "trooper",
];

/// People named by what they are or do: private persons, each also a title
/// word ("the driver said", "taxi driver Ivo Dall", "the boss of NorRail").
const PEOPLE_BY_TRADE: &[&str] = &[
    "boss",
    // ("Her opponent said", "His predecessor told reporters", "rival Jack
    // Brisco": someone by whom they stand against or beside)
    "rival",
    "opponent",
    "challenger",
    // ("his running mate said")
    "mate",
    "predecessor",
    "successor",
    "colleague",
    "ally",
    "friend",
    "neighbour",
    "neighbor",
    "driver",
    "teenager",
    "singer",
    // ("The star said", "the host said": people in the public eye)
    "star",
    "rapper",
    "celebrity",
    "influencer",
    "comedian",
    "novelist",
    "filmmaker",
    "host",
    "anchor",
    "blogger",
    "podcaster",
    "streamer",
    "youtuber",
    "striker",
    "goalkeeper",
    "quarterback",
    "batsman",
    "boxer",
    "jockey",
    "suspect",
    "victim",
    "landlord",
    "chef",
    "pilot",
    "actress",
    "actor",
    "candidate",
    "mother",
    "father",
    "widow",
    "husband",
    "wife",
    "daughter",
    "son",
    "brother",
    "sister",
    "cousin",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "grandmother",
    "grandfather",
    "widower",
    "spouse",
    "passenger",
    "fisherman",
    "miner",
    "voter",
    "parent",
    "retiree",
    "pensioner",
    "commuter",
    "shopper",
    "protester",
    "demonstrator",
    "survivor",
    "shopkeeper",
    "vendor",
    "priest",
    "pastor",
    "player",
    "athlete",
    "defendant",
    "plaintiff",
    "juror",
    "firefighter",
    "paramedic",
    "homeowner",
    "tenant",
    "patient",
    "musician",
    "artist",
    "entrepreneur",
    "investor",
    "banker",
    "survivor",
    // scholars and the trades of politics ("Criminologist Ruth Amsel",
    // "Republican strategist Ann Coe")
    "criminologist",
    "sociologist",
    "epidemiologist",
    "virologist",
    "psychologist",
    "demographer",
    "statistician",
    "strategist",
    "consultant",
    "lobbyist",
    "commentator",
    "columnist",
    "scholar",
    "lecturer",
    "physician",
    "surgeon",
    "engineer",
    // the voices of broadcasts and advertisements ("a narrator says over
    // images of ...", "the moderator asked")
    "narrator",
    "announcer",
    "moderator",
    "presenter",
    // ("One user, a bakery owner in Norvale, wrote that")
    "user",
    "customer",
    "subscriber",
    // ("The pharmacist said", "the welder told reporters")
    "co-founder",
    "co-author",
    "co-owner",
    "architect",
    "solicitor",
    "barrister",
    "organizer",
    "organiser",
    "campaigner",
    "shareholder",
    "trader",
    "broker",
    "publicist",
    "archivist",
    "librarian",
    "curator",
    "sailor",
    "landlady",
    "landlord",
    "accountant",
    "actuary",
    "meteorologist",
    "forecaster",
    "seismologist",
    "geologist",
    "biologist",
    "chemist",
    "physicist",
    "ecologist",
    "conservationist",
    "climatologist",
    "zoologist",
    "psychiatrist",
    "psychologist",
    "therapist",
    "pharmacist",
    "dentist",
    "midwife",
    "caregiver",
    "donor",
    "benefactor",
    "philanthropist",
    "plumber",
    "electrician",
    "trucker",
    "dockworker",
    "steelworker",
    "machinist",
    "welder",
    "cleric",
    "principal",
    "headteacher",
    "headmaster",
    "headmistress",
    // ("The gunman told police", "the boy said", "a motorist said": people in
    // the news by what they did or where they were)
    "gunman",
    "attacker",
    "assailant",
    "boy",
    "girl",
    "teen",
    "hostage",
    "prisoner",
    "inmate",
    "detainee",
    "refugee",
    "migrant",
    "informant",
    "motorist",
    "cyclist",
    "pedestrian",
    "hiker",
    "climber",
    "tourist",
    "visitor",
    "worshipper",
    "spectator",
    "waiter",
    "waitress",
    "cashier",
    "janitor",
    "bodyguard",
    "chauffeur",
];

/// Words a story uses to describe again a person it has named ("the nominee
/// said", "the billionaire told reporters"): private persons by the word alone,
/// and, said with "the", the person in view ([`PEOPLE_BY_TRADE`]'s words are
/// often someone else: "the driver", "the victim").
const PERSON_EPITHETS: &[&str] = &[
    "nominee",
    "challenger",
    "incumbent",
    "frontrunner",
    "front-runner",
    "hopeful",
    "contender",
    "politician",
    "newcomer",
    "billionaire",
    "millionaire",
    "mogul",
    "tycoon",
    "magnate",
    "businessman",
    "businesswoman",
];

/// A word of [`PERSON_EPITHETS`].
pub fn person_epithet(w: &str) -> bool {
    PERSON_EPITHETS.contains(&w)
}

static TITLE_WORD_SET: std::sync::LazyLock<Lexicon<()>> = std::sync::LazyLock::new(|| {
    Lexicon::words_of(&[TITLE_WORD_WORDS, PEOPLE_BY_TRADE, PERSON_EPITHETS])
});

pub fn title_word(w: &str) -> bool {
    TITLE_WORD_SET.contains(w)
        // ("co-chair", "vice-chair", "ex-minister": an office with its prefix)
        || matches!(w.as_bytes().first(), Some(b'c' | b'v' | b'e'))
            && w.split_once('-').is_some_and(|(p, rest)| {
                matches!(p, "co" | "vice" | "ex")
                    && matches!(
                        rest,
                        "chair"
                            | "chairman"
                            | "chairwoman"
                            | "chairperson"
                            | "president"
                            | "director"
                            | "leader"
                            | "minister"
                            | "secretary"
                            | "governor"
                            | "mayor"
                            | "speaker"
                            | "commander"
                            | "head"
                            | "treasurer"
                            | "premier"
                            | "chancellor"
                            | "senator"
                            | "ambassador"
                            | "envoy"
                    )
            })
}

/// Title words that only qualify an office ("former", "new", "acting"): no
/// office alone ("and push for new progress, Qiao said").
pub fn title_qualifier(w: &str) -> bool {
    matches!(
        w,
        "former" | "new" | "top" | "senior" | "veteran" | "acting" | "interim" | "then"
    )
}

/// Role words that mark a private person rather than an office holder.
const PRIVATE_ROLE_WORDS: &[&str] = &[
    "analyst",
    "economist",
    "researcher",
    "expert",
    "activist",
    "witness",
    "resident",
    "neighbour",
    "neighbor",
    "bystander",
    "villager",
    "eyewitness",
    "lawyer",
    "advocate",
    "professor",
    "prof",
    "doctor",
    "nurse",
    "teacher",
    "student",
    "farmer",
    "journalist",
    "reporter",
    "correspondent",
    "editor",
    "author",
    "writer",
    "historian",
    "scientist",
    "coach",
    "owner",
    "founder",
    "ceo",
    "executive",
    "manager",
    "partner",
    "veteran",
    "mr",
    "mrs",
    "ms",
    "dr",
];

static PRIVATE_ROLE_SET: std::sync::LazyLock<Lexicon<()>> = std::sync::LazyLock::new(|| {
    Lexicon::words_of(&[PRIVATE_ROLE_WORDS, PEOPLE_BY_TRADE, PERSON_EPITHETS])
});

pub fn private_role(w: &str) -> bool {
    // (an incumbent holds the office an election is for: "incumbent Viktor
    // Dal" is an official)
    PRIVATE_ROLE_SET.contains(w) && w != "incumbent"
}

/// Nouns that make a phrase an organisation, body or outlet, with the kind they suggest.
const HEAD_KINDS: &[(crate::model::SourceKind, &[&str])] = &[
    (
        crate::model::SourceKind::Government,
        &[
            "ministry",
            "government",
            // "Statistics Marenland": national statistics offices
            "statistics",
            "authorities",
            "authority",
            "police",
            "customs",
            "army",
            "military",
            // ("The Orun command denied C": an army's command by its side's name)
            "command",
            "department",
            "cabinet",
            "presidency",
            "administration",
            "parliament",
            "senate",
            "congress",
            "kremlin",
            "embassy",
            "consulate",
            "court",
            // ("the tribunal said": a court by another name)
            "tribunal",
            // ("the panel said": a court's or a legislature's panel)
            "panel",
            "prosecutors",
            "prosecutor's",
            "ministries",
            "governments",
            "municipality",
            "council",
            "legislature",
            "assembly",
            "navy",
            "forces",
            // ("the force said": a police force, the air force)
            "force",
            "office",
            "secretariat",
            "bureau",
            "regime",
            "junta",
            "state",
            "mission",
            // ("The Tamsk delegation said")
            "delegation",
            "directorate",
            "inspectorate",
            "regulator",
            "commission",
            "committee",
            // ("an independent inquiry concluded")
            "inquiry",
            "agency",
            "service",
            "guard",
            // ("The coastguard said it had rescued two people")
            "coastguard",
            "coastguards",
            "chancellery",
            "mayoralty",
            "governorate",
            "gendarmerie",
            "palace",
            "house",
            "duma",
            "majlis",
            "knesset",
            "diet",
            "prefecture",
            "province",
            "city",
            "county",
            "region",
            "republic",
            "kingdom",
            "treasury",
            "spokesperson's",
        ],
    ),
    (
        crate::model::SourceKind::NewsOutlet,
        &[
            "media",
            "television",
            "tv",
            "radio",
            "channel",
            "newspaper",
            "broadcaster",
            "daily",
            "outlet",
            "website",
            "tabloid",
            "magazine",
            "weekly",
            "network",
            "news",
            "newswire",
            "wire",
            "times",
            "post",
            "herald",
            "tribune",
            "gazette",
            "journal",
            "press",
            "telegraph",
            "chronicle",
            "observer",
            "monitor",
            "ledger",
            "courier",
            "sentinel",
            "examiner",
            "inquirer",
            "review",
            "broadcasting",
            "newsroom",
            "publication",
            "portal",
            "blog",
            "podcast",
        ],
    ),
    (
        crate::model::SourceKind::Organization,
        &[
            "organization",
            "organisation",
            "group",
            // ("the Athletics Integrity Unit announced", "the unit said")
            "unit",
            "party",
            "union",
            // ("the library system said", "the hospital system")
            "system",
            "coalition",
            "alliance",
            "company",
            "corporation",
            "firm",
            // ("The union and management said C": a firm's bosses as one side)
            "management",
            "bank",
            // ("the Ostel stock exchange")
            "exchange",
            "fund",
            // ("the World Food Programme": a UN agency's name)
            "programme",
            "institute",
            "foundation",
            "association",
            // ("the Writers Guild", "the American Library Guild")
            "guild",
            // ("its trade body estimates", "the industry body said")
            "body",
            "caucus",
            "collective",
            "partnership",
            "observatory",
            "confederation",
            "brotherhood",
            "forum",
            "project",
            "initiative",
            "league",
            "movement",
            "front",
            "society",
            "charity",
            "ngo",
            "watchdog",
            "watch",
            "tracker",
            "chamber",
            "federation",
            "federation's",
            "bloc",
            "club",
            "university",
            "college",
            "center",
            "centre",
            "council's",
            "campaign",
            // ("Kessler's camp counters that ...": a candidate's side)
            "camp",
            // ("Lund's team is convinced that ...")
            "team",
            "network's",
            "consortium",
            "syndicate",
            "trust",
            "board",
            "platform",
            "airline",
            "airlines",
            // ("The airport said flights would resume")
            "airport",
            "air",
            "airways",
            "steel",
            // ("Ostel Carbon", "Marsk Cement": a company's trade as its head)
            "carbon",
            "coal",
            "metals",
            "minerals",
            "chemicals",
            "cement",
            "textiles",
            "pharmaceuticals",
            // ("Norsk Arms", "Velmar Munitions": an arms maker's name)
            "arms",
            "munitions",
            "aerospace",
            "motors",
            "holdings",
            "industries",
            "mining",
            "telecom",
            "pharma",
            "petroleum",
            "shipping",
            "logistics",
            "railways",
            // ("Tamsk Refinery", "Ostel Steelworks", "Selm Metro": a plant or a
            // network by its name)
            "refinery",
            "steelworks",
            "metro",
            "inc",
            "ltd",
            "corp",
            "co",
            "group's",
            "rebels",
            "militants",
            "insurgents",
            // ("the think tank said")
            "tank",
            // ("the carrier said": an airline; "the church said", "the diocese
            // said"; "the tribe said")
            "carrier",
            "church",
            "mosque",
            "parish",
            "diocese",
            "tribe",
            "clan",
            // ("The militia said", "the cartel said": an armed or criminal group)
            "militia",
            "faction",
            "cartel",
            "gang",
            "opposition",
            "union's",
            "nations",
            "operator",
            "producer",
            "manufacturer",
            "developer",
            "hospital",
            "clinic",
            "school",
            "academy",
            "exchange",
            "lab",
            "laboratory",
            "cooperative",
            "pollster",
            "associates",
            "partners",
            "strategies",
            "consulting",
            "consultancy",
            "insights",
        ],
    ),
    (crate::model::SourceKind::Organization, BUSINESS_HEADS),
    (crate::model::SourceKind::Organization, CAPITAL_ONLY_HEADS),
];

/// Head words that name a business by its trade ("the company said", "the
/// chipmaker said"): organisations, and the name that opens the content of
/// such a speaker is that business ([`business_head`]).
const BUSINESS_HEADS: &[&str] = &[
    "company",
    "firm",
    "corporation",
    "group",
    "chipmaker",
    "carmaker",
    "automaker",
    "drugmaker",
    "retailer",
    "lender",
    "insurer",
    "utility",
    "exporter",
    "supplier",
    "conglomerate",
    "startup",
    "publisher",
    "brewer",
    "shipbuilder",
    "steelmaker",
    "contractor",
    "airline",
    "bank",
    "operator",
    "producer",
    "manufacturer",
    "developer",
    "app",
    "maker",
    // ("an outage at payment processor Vestpay")
    "processor",
    "distributor",
    "wholesaler",
    "refiner",
    "shipper",
];

/// Heads of a firm's name only when capitalised: `Meridian Research`, `Norvast
/// Energy`, `Korvik Foods` (not "new research", "energy prices", "the markets").
const CAPITAL_ONLY_HEADS: &[&str] = &[
    "research",
    "polling",
    "analytics",
    // ("a poll by Vestra Opinion published on Sunday showed")
    "opinion",
    "insights",
    "energy",
    "power",
    "oil",
    "gas",
    "resources",
    "capital",
    "technologies",
    "systems",
    "electric",
    "chemicals",
    "foods",
    "brands",
    "products",
    "services",
    "networks",
    "labs",
    "solutions",
    "pharmaceuticals",
    "farms",
    "mills",
    "stores",
    "markets",
    // ("The contractor, Skyline Dynamics, said")
    "dynamics",
    "aerospace",
    "robotics",
    "semiconductors",
    "electronics",
    "instruments",
    "devices",
    "enterprises",
    "ventures",
    "therapeutics",
    "biotech",
    "automotive",
    "engineering",
    "materials",
    "software",
    // ("Isle Ferries said", "Coastal Rail said": a carrier or a utility by its
    // trade)
    "ferries",
    "rail",
    "buses",
    "freight",
    "cruises",
    "airports",
    "utilities",
    "water",
    "insurance",
    "properties",
    "hotels",
    "telecoms",
    // ("Domovo Appliances is recalling", "Tessin Apparel said": a maker by its
    // wares)
    "appliances",
    "apparel",
    "beverages",
    "cosmetics",
    "furniture",
    "toys",
    "supplies",
    "packaging",
    "plastics",
    "breweries",
    "tools",
    // ("Versa Biologics said", "Norvik Diagnostics"): a drug or test maker
    "biologics",
    "biosciences",
    "genomics",
    "diagnostics",
    "vaccines",
    "healthcare",
];

/// A head noun of [`CAPITAL_ONLY_HEADS`]: it names a firm only in capitals.
pub fn capital_only_head(w: &str) -> bool {
    CAPITAL_ONLY_HEADS.contains(&w)
}

/// Verbs by which the other side takes a stand on what was just reported
/// (`..., a charge the army denied.`).
pub fn stance_verb(w: &str) -> bool {
    matches!(
        w,
        "denied" | "denies" | "rejected" | "rejects" | "disputed" | "disputes"
    )
}

/// Verbs by which a body or person reacts to what was just reported, framing
/// rather than asserting (`Business groups welcomed the deal.`, `Hessel defended
/// the tax, saying ...`); the stance verbs are apart ([`stance_verb`]).
pub fn reaction_verb(w: &str) -> bool {
    matches!(
        w,
        "welcomed"
            | "welcomes"
            | "hailed"
            | "hails"
            | "praised"
            | "praises"
            | "applauded"
            | "criticized"
            | "criticised"
            | "criticizes"
            | "condemned"
            | "condemns"
            | "denounced"
            // ("Ms. Marsh's campaign slammed the remarks, calling them ...")
            | "slammed"
            | "blasted"
            | "assailed"
            | "lambasted"
            | "derided"
            | "decried"
            | "mocked"
            | "ridiculed"
            | "dismissed"
            | "defended"
            | "defends"
            // ("Velmar's ambassador thanked lawmakers in a statement, saying C")
            | "thanked"
    )
}

/// What the other side's stance is taken on, closing a sentence (`, a charge the
/// army denied`, `, a figure the government disputed`): the charge nouns and
/// the words for an account or a figure.
pub fn disputed_noun(w: &str) -> bool {
    charge_noun(w)
        || matches!(
            w,
            "version"
                | "account"
                | "figure"
                | "number"
                | "estimate"
                | "position"
                | "view"
                | "characterization"
                | "characterisation"
        )
}

/// The subject form of a pronoun in another case: `him`/`his` -> `he`,
/// `her` -> `she`, `them`/`their` -> `they`, `its` -> `it` (`according to him`,
/// `his assertion that ...`).
pub fn subject_pronoun(w: &str) -> Option<&'static str> {
    match w {
        "him" | "his" => Some("he"),
        "her" => Some("she"),
        "them" | "their" => Some("they"),
        "its" => Some("it"),
        _ => None,
    }
}

/// Verbs of the manner of speaking ('"We lost," Holt laughed.'): cues only
/// right after a quote or with their clause.
pub fn manner_verb(w: &str) -> bool {
    matches!(
        w,
        "laughed"
            | "whispered"
            | "sighed"
            | "snapped"
            | "fumed"
            | "remembered"
            // ('"Draw a new map by Jan. 15," she ordered.'; "ordered troops to
            // the border" is an act)
            | "ordered"
    )
}

/// A sentence's opening word that is no part of the name after it ("But Vinn
/// said", "As Dall put it", "On Monday he said").
pub fn sentence_opener(w: &str) -> bool {
    matches!(
        w,
        "but"
            | "and"
            | "yet"
            | "so"
            | "still"
            | "meanwhile"
            | "however"
            | "then"
            | "now"
            | "also"
            | "instead"
            | "indeed"
            | "separately"
            | "later"
            | "earlier"
            | "elsewhere"
            | "overnight"
            | "today"
            | "yesterday"
            | "tonight"
            | "as"
            | "when"
            | "if"
            | "after"
            | "before"
            | "while"
            | "since"
            | "because"
            | "although"
            | "though"
            | "unlike"
            | "like"
            | "on"
            | "in"
            | "at"
            | "by"
            | "from"
            | "within"
            | "during"
            // ("What Harlow did not say was ...", "For Harlow, the vote ...")
            | "what"
            | "why"
            | "how"
            | "whether"
            | "for"
            | "with"
            | "despite"
            | "under"
    )
}

/// Nouns for what someone asserted (`a charge the army denied`, `accusations by
/// Ostel that ...`).
pub fn charge_noun(w: &str) -> bool {
    matches!(
        w,
        "charge" | "claim" | "accusation" | "allegation" | "assertion" | "warning"
    )
}

/// Every head noun, and its plural in `s` where the noun is longer than three letters.
static HEAD_KIND_MAP: std::sync::LazyLock<Lexicon<crate::model::SourceKind>> =
    std::sync::LazyLock::new(|| {
        let mut map = WordMap::default();
        for &(kind, words) in HEAD_KINDS {
            for w in words {
                // the first list that names a word decides its kind
                map.entry(w.to_string()).or_insert(kind);
            }
        }
        for &(kind, words) in HEAD_KINDS {
            for w in words.iter().filter(|w| w.len() > 3) {
                // (a masthead's word in the plural is people, no outlets:
                // "Observers said", "Monitors said")
                if kind == crate::model::SourceKind::NewsOutlet
                    && matches!(
                        *w,
                        "observer" | "monitor" | "courier" | "examiner" | "inquirer" | "sentinel"
                    )
                {
                    continue;
                }
                map.entry(format!("{w}s")).or_insert(kind);
                // ("the companies said", "the two agencies")
                if let Some(stem) = w
                    .strip_suffix('y')
                    .filter(|_| kind == crate::model::SourceKind::Organization)
                {
                    map.entry(format!("{stem}ies")).or_insert(kind);
                }
            }
        }
        Lexicon::from(map)
    });

/// Nouns that make a phrase an organisation, body or outlet, with the kind they
/// suggest (one hash probe; plurals in `s` included).
/// Verbs of judging that quote their words after "as" ("criticized the rules as
/// \"open to abuse\"", "hailed the deal as \"historic\"").
pub fn judging_verb(w: &str) -> bool {
    matches!(
        w,
        "criticized"
            | "criticised"
            | "criticizes"
            | "criticises"
            | "praised"
            | "praises"
            | "hailed"
            | "hails"
            // ('rejected the statement as "interference in our affairs"')
            | "rejected"
            | "rejects"
            | "characterized"
            | "characterised"
            | "portrayed"
            // ('defended the reform as "fair and necessary"', 'welcomed the
            // deal as "a step forward"')
            | "defended"
            | "defends"
            | "welcomed"
            | "welcomes"
            | "touted"
            | "touts"
    )
}

/// Words that make an agency a business (`rating agency`, `travel agency`).
pub fn business_agency(w: &str) -> bool {
    matches!(
        w,
        "rating"
            | "ratings"
            | "credit"
            | "advertising"
            | "travel"
            | "talent"
            | "recruitment"
            | "marketing"
            | "model"
            | "modeling"
            | "modelling"
            | "debt-collection"
            | "real-estate"
            | "estate"
            | "casting"
            | "employment"
            | "staffing"
            | "temping"
            | "collection"
            | "literary"
            | "booking"
            | "shipping"
    )
}

pub fn head_kind(w: &str) -> Option<crate::model::SourceKind> {
    HEAD_KIND_MAP.get(w).copied()
}

/// Heads of vague, anonymous sources.
const UNNAMED_HEAD_WORDS: &[&str] = &[
    // ("The latter added that C": the second of two just named)
    "latter",
    // ("The gunmen said"): people by what they did
    "gunmen",
    "attackers",
    "hijackers",
    "kidnappers",
    // ("Miners at the pit said", "Pensioners said"): people by trade or lot
    "miners",
    "pensioners",
    "retirees",
    "commuters",
    "shoppers",
    "shopkeepers",
    "fishermen",
    "passengers",
    "veterans",
    "motorists",
    "tenants",
    "homeowners",
    // ("Some moderates in both parties said"): political camps and groups
    "moderates",
    "hardliners",
    "hard-liners",
    "conservatives",
    "liberals",
    "progressives",
    "centrists",
    "dissidents",
    "delegates",
    "parents",
    "patients",
    "drivers",
    "investors",
    "executives",
    // ("Hospital managers said C": people by their post, plural)
    "managers",
    "administrators",
    "bankers",
    "donors",
    "historians",
    "scholars",
    // ("Allies of the chancellor said": people around someone, not named)
    "allies",
    "ally",
    // ("Party strategists say": people, not the party)
    "strategists",
    "strategist",
    // ("party whips", "a senior Conservative backbencher": members, not the party)
    "whips",
    "backbencher",
    "backbenchers",
    "operatives",
    "consultants",
    "associates",
    "confidants",
    "loyalists",
    "officials",
    "official",
    "source",
    "sources",
    "witnesses",
    "witness",
    "residents",
    "resident",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "bystander",
    "bystanders",
    "villager",
    "villagers",
    "eyewitness",
    "eyewitnesses",
    "experts",
    "expert",
    "analysts",
    "analyst",
    "diplomats",
    "diplomat",
    "observers",
    "insiders",
    "insider",
    "critics",
    "people",
    "person",
    "someone",
    "aides",
    "aide",
    "mediator",
    "mediators",
    "doctor",
    "nurse",
    "medic",
    "worker",
    "soldier",
    "volunteer",
    "volunteers",
    "negotiator",
    "negotiators",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "staffer",
    "staffers",
    "activists",
    "advocates",
    // ("Environmentalists warn C", "Sceptics say C": groups by a view held,
    // not a surname at the sentence's start)
    "environmentalists",
    "conservationists",
    "sceptics",
    "skeptics",
    "detractors",
    "proponents",
    "academics",
    "separatists",
    "nationalists",
    "unionists",
    "monarchists",
    "feminists",
    "hauliers",
    "bishops",
    "generals",
    "protesters",
    "demonstrators",
    "locals",
    "survivors",
    "relatives",
    // ("A relative said", "His family said", "One said ...", "Another said")
    "relative",
    "family",
    "families",
    // ("the crew said", "her accuser said")
    "crew",
    "accuser",
    "accusers",
    "another",
    "one",
    "doctors",
    "medics",
    "staff",
    "workers",
    "employees",
    "lawmakers",
    "legislators",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "representative",
    "representatives",
    "members",
    "member",
    "leaders",
    "commentators",
    "scientists",
    "researchers",
    "economists",
    "reports",
    "report",
    "rumours",
    "rumors",
    "others",
    "many",
    "some",
    "critics'",
    "supporters",
    "opponents",
    "participants",
    "organisers",
    "organizers",
    "investigators",
    "auditors",
    "inspectors",
    "journalists",
    "reporters",
    "students",
    "families",
    "farmers",
    "traders",
    "soldiers",
    "troops",
    "medical",
    "nurses",
    "teachers",
    "villagers",
    "refugees",
    "campaigners",
    "users",
    "bloggers",
    "commanders",
    "negotiators",
    "mediators",
    "monitors",
    "inspectors",
    "advisers",
    "advisors",
    "citizens",
    "voters",
    // ("41 percent of respondents said")
    "respondents",
    // ("About 71% of the pupils said", "Half of the adults surveyed said"):
    // people as a survey counts them
    "pupils",
    "children",
    "adults",
    "consumers",
    "owners",
    "renters",
    "borrowers",
    "taxpayers",
    "graduates",
    "applicants",
    "viewers",
    "readers",
    "buyers",
    "households",
    "fans",
    "passengers",
    "rescuers",
    "volunteers",
    "polls",
    "surveys",
    "studies",
    "data",
    "figures",
    "estimates",
    // ("The city's own projections show it could run dry by 2031")
    "projections",
    "forecasts",
    "authorities'",
    "neighbours",
    "neighbors",
    "eyewitnesses",
    "onlookers",
    // ("a former inspector at the agency says": a person, not the agency)
    "whistleblower",
    // ("a man who describes himself as a doctor claims")
    "man",
    "woman",
    "men",
    "women",
    "agents",
    "employee",
    "employees",
    "engineer",
    "engineers",
    "contractor",
    "technician",
    // ("One senior backbencher said", "Several Tory MPs said")
    "backbenchers",
    "frontbenchers",
    "mps",
    // ("but two ministers told the Courier that")
    "ministers",
    "senators",
    // ("Opposition councillors have said")
    "councillors",
    "councilors",
    "aldermen",
    "officers",
    // ("Lawyers for Brask argued": his defence, not Brask himself)
    "lawyers",
    "attorneys",
    "staffer",
    "staffers",
];

static UNNAMED_HEAD_SET: std::sync::LazyLock<Lexicon<()>> = std::sync::LazyLock::new(|| {
    // and the plural of every trade: "Meteorologists have warned", "Plumbers said"
    let plurals = PEOPLE_BY_TRADE.iter().map(|w| plural(w));
    UNNAMED_HEAD_WORDS
        .iter()
        .map(|w| w.to_string())
        .chain(plurals)
        .map(|w| (w, ()))
        .collect()
});

/// The plural of a common noun: "welders", "secretaries", "midwives", "bosses".
fn plural(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("wife") {
        format!("{stem}wives")
    } else if w.ends_with('y') && !w.ends_with("ey") && !w.ends_with("ay") && !w.ends_with("oy") {
        format!("{}ies", &w[..w.len() - 1])
    } else if w.ends_with('s') || w.ends_with("sh") || w.ends_with("ch") || w.ends_with('x') {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

pub fn unnamed_head(w: &str) -> bool {
    UNNAMED_HEAD_SET.contains(w)
}

/// Words for the document a body speaks through; "a ministry statement said" → the ministry.
const DOCUMENT_WORD_WORDS: &[&str] = &[
    "statement",
    // ("according to the final text seen by Nordwire": an agreement's words)
    "text",
    // ("according to the ministry's own breakdown")
    "breakdown",
    // ("Guidance issued on Tuesday says ...")
    "guidance",
    "guidelines",
    "study",
    "survey",
    "analysis",
    "poll",
    "investigation",
    // ("after an inquest found that C": a coroner's hearing and its finding)
    "inquest",
    "audit",
    "review",
    "data",
    "figures",
    "census",
    "estimate",
    "estimates",
    "projections",
    "projection",
    "calculations",
    "assessment",
    "findings",
    "paper",
    "statements",
    "communique",
    "communiqué",
    "readout",
    "release",
    "report",
    "bulletin",
    "notice",
    "announcement",
    "letter",
    "memo",
    "document",
    "filing",
    "post",
    "tweet",
    "message",
    "transcript",
    "summary",
    "briefing",
    "website",
    "account",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "dispatch",
    "broadcast",
    "editorial",
    "commentary",
    "decree",
    "order",
    "resolution",
    "draft",
    "proposal",
    "proposals",
    "declaration",
    "note",
    "cable",
    "email",
    "video",
    // ("Hale told donors that C, according to a recording obtained by the
    // Ledger")
    "recording",
    "recordings",
    "audio",
    "footage",
    // ("according to a copy seen by Kellwire")
    "copy",
    // ("The ad claims that Holt voted to raise taxes")
    "ad",
    "ads",
    "advert",
    "advertisement",
    "commercial",
    "press",
    "lawsuit",
    // ("The bill states that the state would cover 60 percent")
    "bill",
    "legislation",
    "contract",
    "treaty",
    // ("Polling suggests only 18 percent ...")
    "polling",
    "complaint",
    "indictment",
    "filings",
    "petition",
    "affidavit",
    "suit",
    "documents",
    "emails",
    "records",
    // ("according to inspection reports seen by the Examiner")
    "reports",
    "studies",
    "transcripts",
    "files",
    "memos",
    "letters",
    "cables",
    "messages",
    "minutes",
    // ("council papers seen by the Courier say C")
    "papers",
    "comparison",
    "tally",
    // ("according to a count by Velmar's military")
    "count",
    "analysis",
    // ("according to the authority's 210-page decision")
    "decision",
    "judgment",
    // ("The motion, tabled by the National Front, accused the government of")
    "motion",
    "manifesto",
    // ("In his memoir, Stark wrote", "The book cites an official as saying")
    "memoir",
    "memoirs",
    "book",
    // ("will tell the conference that C, according to excerpts released by
    // his office")
    "excerpts",
    "excerpt",
    "extracts",
];

static DOCUMENT_WORD_SET: std::sync::LazyLock<Lexicon<()>> =
    std::sync::LazyLock::new(|| Lexicon::words(DOCUMENT_WORD_WORDS));

pub fn document_word(w: &str) -> bool {
    DOCUMENT_WORD_SET.contains(w)
}

/// A copy of a document ("according to a copy seen by the Herald"): the
/// reproduction of someone's own words, which relays nothing itself.
pub fn copy_word(w: &str) -> bool {
    matches!(w, "copy" | "copies")
}

/// One document ("statement", not "statements"): an "it", never a "they".
pub fn single_document(w: &str) -> bool {
    document_word(w) && !w.ends_with('s')
}

/// Participles that tell a second claim with a that-clause after a comma
/// (`C, Lin said, noting that D`, `said C, warning that D`).
pub fn that_participle(w: &str) -> bool {
    matches!(
        w,
        "noting"
            | "stressing"
            | "insisting"
            | "warning"
            | "arguing"
            | "explaining"
            | "emphasizing"
            | "emphasising"
            | "underlining"
            | "acknowledging"
            | "claiming"
            | "asserting"
            | "stating"
            | "recalling"
            | "conceding"
            | "contending"
            | "alleging"
            | "predicting"
            | "declaring"
            | "admitting"
            | "maintaining"
            | "cautioning"
    )
}

/// How near to something people stand, after "those" ("Those close to the
/// senator", "those familiar with the talks"): people so described.
pub fn nearness_word(w: &str) -> bool {
    matches!(w, "close" | "familiar" | "briefed" | "involved" | "present")
}

/// The manner of someone's words, after "was" ("The mayor was defiant."):
/// how the quote that follows is said, no claim of its own.
pub fn manner_word(w: &str) -> bool {
    matches!(
        w,
        "defiant"
            | "blunt"
            | "unapologetic"
            | "adamant"
            | "emphatic"
            | "combative"
            | "unrepentant"
            | "candid"
            | "frank"
            | "dismissive"
            | "indignant"
            | "contrite"
            | "apologetic"
            | "unfazed"
            | "unmoved"
            | "undeterred"
            | "unbowed"
            | "conciliatory"
            | "philosophical"
            | "sanguine"
            | "resolute"
    )
}

/// Verbs of a retort before `back` ("fired back", "hit back", "shot back").
pub fn retort_verb(w: &str) -> bool {
    matches!(
        w,
        "fired" | "fires" | "hit" | "hits" | "shot" | "shoots" | "struck" | "strikes"
    )
}

/// Verbs of bringing out a document ("The ministry published a report."): the
/// document, not its publisher, is the next sentence's "it".
pub fn brought_out(w: &str) -> bool {
    matches!(
        w,
        "published" | "released" | "issued" | "unveiled" | "presented"
    )
}

/// Verbs of relaying: `summarized by X`, `reported by X` put X in the `via` chain.
pub fn relay_participle(w: &str) -> bool {
    matches!(
        w,
        "summarized"
            | "summarised"
            | "reported"
            | "quoted"
            | "carried"
            | "published"
            | "broadcast"
            | "relayed"
            | "released"
            | "cited"
            | "aired"
            | "posted"
            | "issued"
            | "distributed"
            | "circulated"
            | "transmitted"
            | "conveyed"
            | "paraphrased"
            | "described"
            | "recounted"
            | "shared"
    )
}

/// People around someone, named by their relation ("Allies of President Karl
/// Brenner", "aides to the minister"): they speak, not the one they surround.
pub fn people_around(w: &str) -> bool {
    matches!(
        w,
        "allies"
            | "aides"
            | "associates"
            | "confidants"
            | "loyalists"
            | "supporters"
            | "opponents"
            | "critics"
            | "advisers"
            | "advisors"
            | "friends"
            | "relatives"
    )
}

/// Someone who serves a person, named with "to" ("A former aide to Clara Voss",
/// "Aides to the speaker said").
pub fn aide_word(w: &str) -> bool {
    matches!(
        w,
        "aide"
            | "aides"
            | "adviser"
            | "advisers"
            | "advisor"
            | "advisors"
            | "assistant"
            | "assistants"
            // ("a former chief of staff to Mayor Arne Dahl")
            | "staff"
    )
}

/// Verbs that signal belief or feeling rather than a factual claim.
pub fn belief_verb(w: &str) -> bool {
    matches!(
        w,
        "believes"
            | "believed"
            | "fears"
            | "feared"
            | "worry"
            | "worries"
            | "worried"
            | "hopes"
            | "hoped"
            | "thinks"
            | "thought"
            | "feels"
            | "felt"
            | "wants"
            | "wanted"
            | "wished"
            | "wishes"
            | "expects"
            | "expected"
            | "doubts"
            | "doubted"
    )
}

/// A plural in -s ("officials", "data" is not one): longer than three letters,
/// not "-ss", not a possessive.
pub fn plural_in_s(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s")
}

/// Papers that hold a record of what happened ("council minutes", "flight
/// logs", "court filings"): they show and find things, and a report can cite
/// them as its source.
pub fn record_papers(w: &str) -> bool {
    matches!(
        w,
        "records"
            | "documents"
            | "filings"
            | "minutes"
            | "logs"
            | "emails"
            | "transcripts"
            | "papers"
    )
}

/// A verb of saying in the past ("said", "joked", "warned"): the second verb
/// of a report, or a report's own.
pub fn says_past(w: &str) -> bool {
    cue_verb(w).is_some_and(|(c, f)| c == CueClass::Say && f == Form::Past)
}

/// Common verbs and auxiliaries: a sentence with none of these is probably not a claim.
pub fn finite_verb_like(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            // (a short regular past: "The union sued, claiming ...")
            | "sued"
            | "sank"
            | "sunk"
            | "flew"
            | "fought"
            | "ate"
            | "drove"
            | "wrote"
            | "spoke"
            | "stole"
            | "rode"
            | "froze"
            | "chose"
            | "shook"
            | "threw"
            | "blew"
            | "hid"
            | "slid"
            | "swam"
            | "dug"
            | "hung"
            | "lit"
            | "fed"
            | "bled"
            | "sat"
            | "told"
            | "said"
            | "beat"
            | "bore"
            | "bound"
            | "caught"
            | "dealt"
            | "felt"
            | "forgot"
            | "forgave"
            | "got"
            | "heard"
            | "knew"
            | "laid"
            | "meant"
            | "rang"
            | "sought"
            | "shone"
            | "shut"
            | "slept"
            | "spun"
            | "stuck"
            | "stung"
            | "strove"
            | "swore"
            | "swung"
            | "taught"
            | "tore"
            | "thought"
            | "understood"
            | "woke"
            | "wore"
            | "wept"
            | "wound"
            | "arrived"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "must"
            | "may"
            | "might"
            // ("the roads cannot cope")
            | "cannot"
            | "did"
            | "does"
            | "do"
            | "shall"
            | "set"
            | "put"
            | "hit"
            | "cut"
            | "led"
            | "won"
            | "lost"
            | "met"
            | "made"
            | "took"
            | "gave"
            | "came"
            | "went"
            | "fell"
            | "rose"
            | "held"
            | "left"
            | "sent"
            | "kept"
            | "began"
            | "became"
            | "killed"
            | "died"
            | "ran"
            | "quit"
            | "fled"
            | "struck"
            | "built"
            | "paid"
            | "sold"
            | "bought"
            | "found"
            | "saw"
            | "spent"
            | "brought"
            | "broke"
            | "stood"
            | "drew"
            | "grew"
            | "shot"
            | "seized"
            | "burned"
            | "burnt"
            | "swept"
            | "spread"
            | "wounded"
            | "withdrew"
            | "withdrawn"
            | "overthrew"
            | "undertook"
            | "forbade"
            // ("The court upheld the law, ruling that C")
            | "upheld"
            | "withheld"
            | "overrode"
            | "oversaw"
            | "overtook"
            | "underwent"
            | "withstood"
            | "misled"
            | "rebuilt"
            | "overcame"
            | "lead"
            | "leads"
            | "remains"
            | "remain"
    ) || (w.len() > 4 && w.ends_with("ed"))
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is"))
}

/// Verbs whose subject is a claim or a warning ("Holt's warning that C went
/// unheeded", "the claim that C drew criticism"): where a that-clause in the
/// subject ends.
pub fn claim_predicate(w: &str) -> bool {
    matches!(
        w,
        "went"
            | "drew"
            | "proved"
            | "sparked"
            | "prompted"
            | "triggered"
            | "angered"
            | "alarmed"
            | "caused"
            | "echoed"
            | "contradicts"
            | "contradicted"
            | "appeared"
            | "appears"
            | "seemed"
            | "seems"
            | "remains"
            | "remained"
            | "rang"
            | "stirred"
            | "fueled"
            | "fuelled"
            | "met"
            | "came"
    )
}

/// Words that open a sentence's introductory phrase before its subject ("When
/// asked about the poll, Vinn shrugged", "After the vote, Marsh left").
pub fn opening_word(w: &str) -> bool {
    matches!(
        w,
        "when"
            | "after"
            | "before"
            | "as"
            | "while"
            | "asked"
            | "pressed"
            | "speaking"
            | "during"
            | "in"
            | "at"
            | "on"
            | "despite"
            | "although"
            | "though"
            | "since"
            | "once"
            | "earlier"
            | "later"
            | "minutes"
            | "hours"
            | "days"
            | "within"
    )
}

/// Participles with which the reporter frames what was said ("accused his rival
/// of X, sharpening his attacks before the debate"; "said Y, drawing a rebuke"):
/// what follows them is no part of the claim.
pub fn framing_participle(w: &str) -> bool {
    matches!(
        w,
        "sharpening"
            | "rejecting"
            // ("told the committee that C, contradicting the finance minister")
            | "contradicting"
            | "escalating"
            | "intensifying"
            | "deepening"
            | "renewing"
            | "reviving"
            | "underscoring"
            | "highlighting"
            | "stepping"
            | "ramping"
            | "drawing"
            | "prompting"
            | "sparking"
            | "triggering"
            | "fuelling"
            | "fueling"
            // ("said it would cut 2,000 jobs, sending its shares down 6%", "...,
            // setting up a weeks-long fight", ", raising fears of ...")
            | "sending"
            | "setting"
            | "raising"
            | "marking"
            | "casting"
            | "dealing"
            | "putting"
            | "heightening"
            | "stoking"
            | "leaving"
            // ("promised to halve waiting lists, unveiling a plan ...", "...,
            // brushing aside warnings", ", signalling a shift", ", echoing X")
            | "unveiling"
            | "brushing"
            | "signalling"
            | "signaling"
            | "reversing"
            | "defying"
            | "echoing"
            | "paving"
            | "clearing"
    )
}

/// A channel's number after its name ("Kanal 7", "Channel 12"): one or two
/// digits.
pub fn channel_number(w: &str) -> bool {
    (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Participles that describe how a message went out ('"Q," Sato said in a
/// video message, recorded in a hotel room'): after the cue's comma they
/// open no content of it.
pub fn medium_participle(w: &str) -> bool {
    matches!(
        w,
        "recorded"
            | "filmed"
            | "posted"
            | "uploaded"
            | "broadcast"
            | "aired"
            | "published"
            | "shared"
            | "released"
            | "delivered"
            | "televised"
            | "streamed"
    )
}

/// People whose finding is their claim ("Researchers found that ...", "a week
/// after auditors found that ..."; "they" after such a group).
pub fn finding_people(w: &str) -> bool {
    matches!(
        w,
        "researchers"
            | "scientists"
            | "investigators"
            | "auditors"
            | "inspectors"
            | "analysts"
            | "economists"
            | "experts"
            | "authors"
            | "team"
            | "fact-checkers"
            | "checkers"
            | "prosecutors"
            | "engineers"
            | "reviewers"
            | "they"
    )
}

/// A poll or a survey (`a Civic Pulse poll`): whose name stands before it made it.
pub fn survey_word(w: &str) -> bool {
    matches!(
        w,
        "poll" | "polls" | "survey" | "surveys" | "study" | "studies"
    )
}

/// Whether `w` names a business by its trade ([`BUSINESS_HEADS`]).
pub fn business_head(w: &str) -> bool {
    // (a filtered set: it is asked of every word of every sentence)
    static SET: std::sync::LazyLock<Lexicon<()>> =
        std::sync::LazyLock::new(|| Lexicon::words(BUSINESS_HEADS));
    SET.contains(w)
}
