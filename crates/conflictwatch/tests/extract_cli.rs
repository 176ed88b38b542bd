//! The `extract` command line as a contract: formats, stdin, batches with bad lines, dates.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/niger-soldiers-two-clashes.txt"
);

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_conflictwatch"));
    c.args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::piped());
    let mut child = c.spawn().expect("spawn conflictwatch");
    if let Some(input) = stdin {
        // A command that rejects its arguments exits before reading: a broken pipe is fine.
        let written = child.stdin.take().unwrap().write_all(input.as_bytes());
        if let Err(e) = written {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn seed_report_as_json_with_evidence() {
    let o = run(
        &[
            "extract",
            SEED,
            "--published",
            "2025-03-19",
            "--format",
            "json",
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let events: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(events[0]["event_date"], "2025-03-15");
    assert_eq!(events[0]["fatalities"], 64);
    assert_eq!(events[1]["event_date"], "2025-03-17");
    assert_eq!(events[1]["fatalities"], 4);
    let ev = events[0]["evidence"].as_array().unwrap();
    // Every evidence span points at the report's own words.
    let text = std::fs::read_to_string(SEED).unwrap();
    for e in ev {
        let (s, t) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..t], e["text"].as_str().unwrap());
    }
}

#[test]
fn csv_has_acleds_columns_in_order_then_extensions() {
    let o = run(
        &[
            "extract",
            SEED,
            "--published",
            "2025-03-19",
            "--format",
            "csv",
        ],
        None,
    );
    assert!(o.status.success());
    let out = stdout(&o);
    let header = out.lines().next().unwrap();
    assert!(header.starts_with("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2"));
    assert!(header.contains("notes,fatalities,tags,timestamp,article_id,injuries,attackers"));
    let mut r = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(r.records().count(), 2);
}

#[test]
fn stdin_without_published_says_so() {
    let o = run(
        &["extract", "-", "--format", "jsonl"],
        Some("Gunmen killed three villagers in Ouallam, Niger, yesterday."),
    );
    assert!(o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("no --published date"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let line = stdout(&o);
    let e: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    assert_eq!(e["fatalities"], 3);
    assert_eq!(e["sub_event_type"], "Attack");
}

#[test]
fn batch_skips_bad_lines_reports_them_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("batch.jsonl");
    std::fs::write(
        &path,
        concat!(
            "{\"id\": \"a\", \"text\": \"Gunmen killed two herders near Menaka, Mali, on Sunday.\", \"published\": \"2025-05-06\"}\n",
            "this is not json\n",
            "{\"id\": \"b\"}\n",
            "{\"id\": 7, \"text\": \"Protesters marched in Niamey on Monday to demand wages.\", \"published\": \"2025-05-06\", \"source\": \"Radio\"}\n",
        ),
    )
    .unwrap();
    let o = run(
        &[
            "extract",
            "--input",
            path.to_str().unwrap(),
            "--format",
            "jsonl",
        ],
        None,
    );
    assert_eq!(
        o.status.code(),
        Some(1),
        "skipped lines make the exit code non-zero"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(":2: skipped: not valid JSON"), "{err}");
    assert!(
        err.contains(":3: skipped: a line needs \"id\" and \"text\""),
        "{err}"
    );
    let events: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = events
        .iter()
        .map(|e| e["article_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["a", "7"],
        "the good lines are coded, each event carries its report's id"
    );
    assert_eq!(events[1]["source"], "Radio");
    assert_eq!(events[0]["event_date"], "2025-05-04");
}

#[test]
fn bad_input_gets_a_clear_error() {
    let o = run(
        &[
            "extract",
            "/nonexistent/report.txt",
            "--published",
            "2025-01-01",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("cannot read report /nonexistent/report.txt")
    );
    let o = run(&["extract", SEED, "--published", "19/03/2025"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a date in the form YYYY-MM-DD"));
}

#[test]
fn table_is_readable() {
    let o = run(
        &[
            "extract",
            SEED,
            "--published",
            "2025-03-19",
            "--format",
            "table",
        ],
        None,
    );
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.lines().next().unwrap().starts_with("event_date"));
    assert!(out.contains("Armed clash"));
    assert!(
        out.contains("(unknown, Niger)"),
        "the second clash has no place: {out}"
    );
}

#[test]
fn the_source_country_codes_a_report_that_names_no_place() {
    // A national desk's report: the text never says which country.
    let text =
        "On 2 May 2021, hundreds of teachers walked through the capital demanding unpaid bonuses.";
    let json = |o: &Output| -> Vec<serde_json::Value> {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        serde_json::from_str(&stdout(o)).unwrap()
    };
    let none = json(&run(
        &[
            "extract",
            "-",
            "--published",
            "2021-05-03",
            "--format",
            "json",
        ],
        Some(text),
    ));
    assert!(none.is_empty(), "no country known: no event, got {none:?}");
    let with = json(&run(
        &[
            "extract",
            "-",
            "--published",
            "2021-05-03",
            "--format",
            "json",
            "--country",
            "BF",
        ],
        Some(text),
    ));
    assert_eq!(with.len(), 1);
    assert_eq!(with[0]["country"], "Burkina Faso");
    assert_eq!(with[0]["actor1"], "Protesters (Burkina Faso)");
    // In a batch, a line's own country wins over the flag.
    let line = format!(
        "{{\"id\":\"a\",\"text\":{},\"published\":\"2021-05-03\",\"country\":\"Mali\"}}\n",
        serde_json::to_string(text).unwrap()
    );
    let o = run(
        &[
            "extract",
            "--input",
            "-",
            "--country",
            "BF",
            "--format",
            "json",
        ],
        Some(&line),
    );
    let ev = json(&o);
    assert_eq!(ev[0]["country"], "Mali");
}

#[test]
fn an_unknown_source_country_is_a_clear_error() {
    let o = run(
        &["extract", "-", "--country", "Atlantis"],
        Some("Gunmen attacked a bus."),
    );
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("Atlantis") && err.contains("not a country"),
        "{err}"
    );
}

#[test]
fn names_as_of_a_later_day_give_the_names_acled_adopted_since() {
    // An archive report of 2019: named as its own day's data did, then as data downloaded in
    // 2021 does (the Malian regime's period closed by the 2020 coup, the Islamic State group
    // renamed).
    let report = "On 27 September 2019, suspected ISGS militants ambushed Malian soldiers near Menaka, killing four soldiers.";
    let code = |extra: &[&str]| {
        let mut args = vec![
            "extract",
            "-",
            "--published",
            "2019-09-29",
            "--format",
            "json",
        ];
        args.extend_from_slice(extra);
        let o = run(&args, Some(report));
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let events: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(events.len(), 1, "{events:?}");
        let e = &events[0];
        (
            e["actor1"].as_str().unwrap_or("").to_string(),
            e["actor2"].as_str().unwrap_or("").to_string(),
        )
    };
    let then = code(&[]);
    assert_eq!(then.0, "Islamic State (Greater Sahara)");
    assert_eq!(then.1, "Military Forces of Mali (2013-)");
    let later = code(&["--names-as-of", "2021-05-26"]);
    assert_eq!(
        later.0,
        "Islamic State (West Africa) - Greater Sahara Faction"
    );
    assert_eq!(later.1, "Military Forces of Mali (2013-2020)");
    // A day that is no date is a clear error.
    let o = run(
        &["extract", "-", "--names-as-of", "2021-13-26"],
        Some(report),
    );
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("--names-as-of"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
