//! Table-driven tests of the name extractor: every row of
//! `tests/data/names.tsv` is a sentence with an inflected name and the
//! nominative the extractor must report (see the file's header).

use ekstrakt::doc::Doc;
use ekstrakt::extract::names::NameExtractor;
use ekstrakt::rules::Table;
use ekstrakt::segment::Segmenter;
use ekstrakt::{Record, RuleSet, Status};

fn run(names: &NameExtractor, seg: &Segmenter, text: &str) -> Record {
    let doc = Doc::new(text, seg);
    let mut r = Record::new("t", "-", Status::Ok);
    names.extract(&doc, &mut r);
    for (t, span, _) in r.mentions() {
        assert_eq!(&text[span.range()], t, "span of {t:?} in {text:?}");
    }
    r
}

#[test]
fn inflected_names_go_to_the_nominative() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    let table = Table::parse("tests/data/names.tsv", include_str!("data/names.tsv"));
    table.expect_fields(4, 4).expect("four fields on every line");
    let mut failures = Vec::new();
    let mut count = 0;
    for row in table.rows() {
        let (line, f) = (row.line(), row.fields());
        let (field, want, role) = (f[0], f[2], f[3]);
        // `\n` in a sentence is a line break
        let sentence = f[1].replace("\\n", "\n");
        let r = run(&names, &seg, &sentence);
        let got: Vec<(String, Option<String>)> = match field {
            "people" => r.people.iter().map(|p| (p.name.clone(), p.role.clone())).collect(),
            "clusters" => r.clusters.iter().map(|c| (c.name.clone(), None)).collect(),
            "organizations" => r.organizations.iter().map(|c| (c.name.clone(), None)).collect(),
            other => panic!("line {}: unknown field {other}", line),
        };
        count += 1;
        if want == "-" {
            if !got.is_empty() {
                failures.push(format!("line {}: {sentence}\n   want no {field}, got {got:?}", line));
            }
            continue;
        }
        let want_role = (role != "-").then(|| role.to_string());
        let ok = got.iter().any(|(name, r)| name == want && (field != "people" || *r == want_role));
        if !ok {
            failures.push(format!("line {}: {sentence}\n   want {want:?} {want_role:?}, got {got:?}", line));
        }
    }
    assert!(count >= 100, "only {count} cases");
    assert!(failures.is_empty(), "{} of {count} failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn capitalised_words_are_not_people() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    for text in [
        "Maja Kraków to piękne miasto.",
        "Wzięliśmy udział w European Cluster Conference 2020!",
        "Polska Agencja Rozwoju Przedsiębiorczości ogłosiła konkurs.",
        "Pomimo, że po raz pierwszy wydarzenie miało charakter online.",
        "Spotkanie odbyło się 10 maja w Warszawie.",
        "Uniwersytet Adama Mickiewicza w Poznaniu przyjął studentów.",
    ] {
        let r = run(&names, &seg, text);
        assert!(r.people.is_empty(), "{text}: {:?}", r.people);
    }
}

#[test]
fn later_mentions_merge() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    let text = "Evoluma Klaster Przemysłowy przyjechał. Rozmawialiśmy z Klastrem Evoluma. Krzysztof Krystowski, Prezes ZP Klastry Polskie, mówił długo. Pan Krystowski dodał, że Krzysztofa Krystowskiego cieszy rozwój.";
    let r = run(&names, &seg, text);
    assert_eq!(r.clusters.len(), 1, "{:?}", r.clusters);
    assert_eq!(r.clusters[0].name, "Evoluma Klaster Przemysłowy");
    assert_eq!(r.clusters[0].aliases, ["Klaster Evoluma"]);
    assert_eq!(r.people.len(), 1, "{:?}", r.people);
    assert_eq!(r.people[0].name, "Krzysztof Krystowski");
    assert_eq!(r.people[0].role.as_deref(), Some("prezes"));
    assert_eq!(r.people[0].affiliation.as_deref(), Some("ZP Klastry Polskie"));
    assert_eq!(r.organizations.len(), 1, "{:?}", r.organizations);
    assert!(r.organizations[0].aliases.iter().any(|a| a == "Związek Pracodawców Klastry Polskie"));
}

#[test]
fn a_mention_whose_surname_stayed_inflected_merges_with_the_nominative_one() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    let text = "List podpisał poseł Mieczysław Baszko. Podziękowania dla posła Mieczysława Baszki. Głos zabrał Jan Baszkiewicz.";
    let r = run(&names, &seg, text);
    let got: Vec<&str> = r.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(got, ["Mieczysław Baszko", "Jan Baszkiewicz"]);
}

#[test]
fn acronyms_in_brackets_are_aliases() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    let text = "Projekt wspiera Mazowiecka Agencja Energetyczna (MAE). Eksperci MAE doradzają gminom.";
    let r = run(&names, &seg, text);
    assert_eq!(r.organizations.len(), 1, "{:?}", r.organizations);
    assert_eq!(r.organizations[0].name, "Mazowiecka Agencja Energetyczna");
    assert_eq!(r.organizations[0].aliases, ["MAE"]);
}

#[test]
fn several_roles_are_kept() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    let text = "Polskę reprezentował Sebastian Rynkiewicz - Członek Rady Klastry Polskie i Prezes Zarządu Evoluma Klaster Przemysłowy.";
    let r = run(&names, &seg, text);
    assert_eq!(r.people[0].roles, ["członek rady", "prezes zarządu"]);
    assert_eq!(r.clusters[0].name, "Evoluma Klaster Przemysłowy");
    assert_eq!(r.organizations[0].name, "Klastry Polskie");
}

#[test]
fn emoji_and_polish_letters_keep_spans_right() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    let text = "😀 Zażółć gęślą jaźń: spotkanie ze Śląskim Klastrem Lotniczym i Anną Kowalską.";
    let r = run(&names, &seg, text);
    assert_eq!(r.clusters[0].text, "Śląskim Klastrem Lotniczym");
    assert_eq!(r.people[0].name, "Anna Kowalska");
}

#[test]
fn an_acronym_mention_merges_into_the_cluster_it_abbreviates() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    let text = "Spotkanie zorganizował Kaszubski Klaster Turystyczny. Koordynator klastra KKT przedstawił plan.";
    let r = run(&names, &seg, text);
    assert_eq!(r.clusters.len(), 1, "{:?}", r.clusters);
    assert_eq!(r.clusters[0].name, "Kaszubski Klaster Turystyczny");
    assert_eq!(r.clusters[0].aliases, ["Klaster KKT", "KKT"]);
}

#[test]
fn a_quoted_name_keeps_the_capitalised_head_and_its_short_form_as_alias() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    let text = "Członkowie Podlaskiego Klastra „Smaki Podlasia” spotkali się w Łomży.";
    let r = run(&names, &seg, text);
    assert_eq!(r.clusters.len(), 1, "{:?}", r.clusters);
    assert_eq!(r.clusters[0].name, "Podlaski Klaster „Smaki Podlasia”");
    assert_eq!(r.clusters[0].text, "Podlaskiego Klastra „Smaki Podlasia”");
    assert_eq!(r.clusters[0].aliases, ["Smaki Podlasia", "Podlaski Klaster Smaki Podlasia"]);
}

#[test]
fn words_glued_before_a_cluster_head_are_split() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    let text = "Przyjechał MedSilesiaKlaster Lotniczy.";
    let r = run(&names, &seg, text);
    let got: Vec<(&str, &str)> = r.clusters.iter().map(|c| (c.name.as_str(), c.text.as_str())).collect();
    assert_eq!(got, [("Klaster Lotniczy", "Klaster Lotniczy")]);
}

#[test]
fn a_company_keeps_its_legal_form_and_has_its_bare_name_as_alias() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    let text = "Umowę z klastrem podpisała firma Termoplast Serwis sp. z o.o. z Radomia.";
    let r = run(&names, &seg, text);
    assert_eq!(r.organizations.len(), 1, "{:?}", r.organizations);
    assert_eq!(r.organizations[0].name, "Termoplast Serwis sp. z o.o.");
    assert_eq!(r.organizations[0].aliases, ["Termoplast Serwis"]);
}

#[test]
fn a_brand_next_to_a_cluster_is_a_cluster_only_where_clusters_are_listed() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    let listed = run(&names, &seg, "Przyjechały dwa klastry: GreenTechKlaster Wodny i inne.");
    let got: Vec<&str> = listed.clusters.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(got, ["Klaster Wodny", "GreenTech"]);
    let single = run(&names, &seg, "Wystawiał się Klaster Drzewny oraz MedInvest.");
    let got: Vec<&str> = single.clusters.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(got, ["Klaster Drzewny"]);
}

#[test]
fn an_english_name_in_brackets_after_its_acronym() {
    let rules = RuleSet::embedded();
    let names = NameExtractor::new(&rules).unwrap();
    let seg = Segmenter::new(&rules).unwrap();
    let text = "Raport przygotowała ENCI (European Network for Cluster Innovation) w Brukseli.";
    let r = run(&names, &seg, text);
    assert_eq!(r.organizations.len(), 1, "{:?}", r.organizations);
    assert_eq!(r.organizations[0].name, "European Network for Cluster Innovation");
    assert_eq!(r.organizations[0].aliases, ["ENCI"]);
    assert!(r.clusters.is_empty(), "{:?}", r.clusters);
}
