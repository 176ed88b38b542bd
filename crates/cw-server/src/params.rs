//! ACLED's query parameters for `/api/acled/read`, parsed into a store-neutral filter.
//!
//! ACLED's rules (API user guide, Table 1; acledR): every column is a filter; text columns
//! match with `LIKE`, numbers and dates with `=`; `<field>_where=` overrides the operator
//! (`BETWEEN`, `>=`, `<=`, `>`, `<`, `=`, `LIKE`); several values are joined with `|`;
//! `limit`, `page`, `fields=a|b`, `inter_num=1`, `_format=json|csv`. Anything else is a
//! clear error, so a typo in a filter never silently returns the whole data set.

use cw_record::{ACLED_COLUMNS, EXTENSION_COLUMNS};
use std::collections::BTreeMap;
use thiserror::Error;

/// Rows per page when the client gives no `limit`: ACLED's API user guide, "a limit of 500
/// lines of data will be returned by default". Clients page with explicit limits anyway.
pub const DEFAULT_LIMIT: usize = 500;
/// The most rows one response carries; `limit=0` ("no limit" for acledR) means this many.
/// Larger sets are read page by page, which keeps one request's memory bounded.
pub const MAX_LIMIT: usize = 100_000;

/// A filter operator, as ACLED spells it in `<field>_where=`: the store's own type, so that a
/// parsed request goes to the store unchanged.
pub use cw_store::Op;

/// ACLED's spelling of an operator, for error messages.
fn op_str(op: Op) -> &'static str {
    match op {
        Op::Eq => "=",
        Op::Like => "LIKE",
        Op::Between => "BETWEEN",
        Op::Ge => ">=",
        Op::Le => "<=",
        Op::Gt => ">",
        Op::Lt => "<",
    }
}

/// One filter on one column. Several values mean OR (ACLED's `|`); `Between` has exactly two.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    pub field: String,
    pub op: Op,
    pub values: Vec<String>,
}

/// Output format (`_format=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Json,
    Csv,
}

/// A parsed `/api/acled/read` request.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadRequest {
    pub filters: Vec<Filter>,
    /// Columns to return, in the requested order; `None` = all of ACLED's columns.
    pub fields: Option<Vec<String>>,
    pub format: Format,
    /// `inter_num=1`: legacy numeric inter and interaction codes.
    pub inter_numeric: bool,
    pub limit: usize,
    /// 1-based, as ACLED's `page`.
    pub page: usize,
}

impl ReadRequest {
    /// Rows to skip for this page.
    pub fn offset(&self) -> usize {
        self.page.saturating_sub(1).saturating_mul(self.limit)
    }
}

/// Why a request was refused (the API answers 400 with this text).
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ParamError {
    #[error(
        "unknown parameter or column `{0}` (columns are ACLED's, e.g. country, event_date, actor1)"
    )]
    UnknownField(String),
    #[error("unknown operator `{op}` in `{field}_where` (use =, LIKE, BETWEEN, >=, <=, >, <)")]
    UnknownOp { field: String, op: String },
    #[error("`{field}_where={op}` needs exactly two values joined with `|`, e.g. {field}=a|b")]
    BetweenArity { field: String, op: &'static str },
    #[error("`{field}_where` is given but `{field}` has no value")]
    WhereWithoutValue { field: String },
    #[error("`{field}={value}`: {expected}")]
    BadValue {
        field: String,
        value: String,
        expected: &'static str,
    },
    #[error("`{name}={value}`: {expected}")]
    BadParam {
        name: String,
        value: String,
        expected: &'static str,
    },
    #[error("`{0}` is given twice")]
    Duplicate(String),
    #[error("`{name}={value}` is not supported by this server")]
    Unsupported { name: String, value: String },
    #[error("malformed query string: {0}")]
    Malformed(String),
}

/// How a column's values are typed and matched by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Matched with LIKE by default.
    Text,
    /// Matched with `=` by default, compared as text (names ACLED matches exactly).
    Exact,
    Integer,
    Decimal,
    Date,
    /// Unix seconds; ACLED also accepts a yyyy-mm-dd date here.
    Timestamp,
}

/// The columns clients may filter on and ask for, with their kind. `None` = not a column.
pub fn column_kind(field: &str) -> Option<Kind> {
    Some(match field {
        "event_date" => Kind::Date,
        "timestamp" => Kind::Timestamp,
        "year" | "time_precision" | "iso" | "geo_precision" | "fatalities" | "injuries"
        | "attackers" | "fatalities_low" | "fatalities_high" => Kind::Integer,
        "latitude" | "longitude" | "confidence" => Kind::Decimal,
        // ACLED matches inter codes and interaction with `=`; they take text or numeric codes.
        "inter1" | "inter2" | "interaction" | "country" | "region" | "country_only" => Kind::Exact,
        f if ACLED_COLUMNS.contains(&f) || EXTENSION_COLUMNS.contains(&f) => Kind::Text,
        _ => return None,
    })
}

/// What can be filtered: every scalar column (not the evidence list nor the `country_only`
/// flag), plus the pseudo-column `actor` (any of the four actor columns, LIKE).
pub fn filter_kind(field: &str) -> Option<Kind> {
    match field {
        "actor" => Some(Kind::Text),
        "evidence" | "country_only" => None,
        f => column_kind(f),
    }
}

/// Parameters that old ACLED clients send and that carry no meaning here (authentication is
/// a bearer token on writes; reads are open; `count` is always returned).
const IGNORED: &[&str] = &["key", "email", "terms", "with_total"];

/// Parse a raw query string (without the leading `?`).
pub fn parse_query_string(qs: &str) -> Result<ReadRequest, ParamError> {
    let mut pairs = Vec::new();
    for part in qs.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        pairs.push((percent_decode(k)?, percent_decode(v)?));
    }
    parse_pairs(&pairs)
}

/// Parse decoded `(name, value)` pairs.
pub fn parse_pairs(pairs: &[(String, String)]) -> Result<ReadRequest, ParamError> {
    let mut values: BTreeMap<String, String> = BTreeMap::new();
    let mut wheres: BTreeMap<String, Op> = BTreeMap::new();
    let mut req = ReadRequest {
        filters: Vec::new(),
        fields: None,
        format: Format::Json,
        inter_numeric: false,
        limit: DEFAULT_LIMIT,
        page: 1,
    };
    let mut seen = std::collections::BTreeSet::new();
    for (name, value) in pairs {
        let name = name.trim();
        if !seen.insert(name.to_string()) {
            return Err(ParamError::Duplicate(name.to_string()));
        }
        match name {
            "limit" => {
                let n = parse_usize(name, value)?;
                req.limit = if n == 0 || n > MAX_LIMIT {
                    MAX_LIMIT
                } else {
                    n
                };
            }
            "page" => {
                let n = parse_usize(name, value)?;
                req.page = n.max(1);
            }
            "fields" => {
                let fields: Vec<String> = split_values(value);
                if fields.is_empty() {
                    return Err(bad_param(name, value, "list the columns joined with `|`"));
                }
                for f in &fields {
                    if column_kind(f).is_none() {
                        return Err(ParamError::UnknownField(f.clone()));
                    }
                }
                req.fields = Some(fields);
            }
            "inter_num" => {
                req.inter_numeric = match value.trim() {
                    "1" | "true" => true,
                    "0" | "false" | "" => false,
                    _ => return Err(bad_param(name, value, "expected 0 or 1")),
                }
            }
            "_format" => {
                req.format = match value.trim().to_ascii_lowercase().as_str() {
                    "json" | "" => Format::Json,
                    "csv" => Format::Csv,
                    _ => {
                        return Err(ParamError::Unsupported {
                            name: name.into(),
                            value: value.clone(),
                        })
                    }
                }
            }
            "export_type" => {
                if !value.trim().eq_ignore_ascii_case("dyadic") {
                    return Err(ParamError::Unsupported {
                        name: name.into(),
                        value: value.clone(),
                    });
                }
            }
            n if IGNORED.contains(&n) => {}
            n => {
                if let Some(field) = n.strip_suffix("_where") {
                    if filter_kind(field).is_none() {
                        return Err(ParamError::UnknownField(n.to_string()));
                    }
                    let op = Op::parse(value).ok_or_else(|| ParamError::UnknownOp {
                        field: field.into(),
                        op: value.clone(),
                    })?;
                    wheres.insert(field.to_string(), op);
                } else if filter_kind(n).is_some() {
                    values.insert(n.to_string(), value.clone());
                } else {
                    return Err(ParamError::UnknownField(n.to_string()));
                }
            }
        }
    }
    if let Some(field) = wheres.keys().find(|f| !values.contains_key(*f)) {
        return Err(ParamError::WhereWithoutValue {
            field: field.clone(),
        });
    }
    // Keep the client's order of filters: it reads naturally in errors and logs.
    for (name, _) in pairs {
        let Some(raw) = values.get(name.trim()) else {
            continue;
        };
        let field = name.trim().to_string();
        let kind = filter_kind(&field).unwrap_or(Kind::Text);
        let op = wheres.get(&field).copied().unwrap_or(match kind {
            Kind::Text => Op::Like,
            _ => Op::Eq,
        });
        let mut vals = split_values(raw);
        if vals.is_empty() {
            // `actor2=` asks for a blank column, as in ACLED's CSV.
            vals.push(String::new());
        }
        if op == Op::Between && vals.len() != 2 {
            return Err(ParamError::BetweenArity {
                field,
                op: op_str(op),
            });
        }
        if matches!(op, Op::Ge | Op::Le | Op::Gt | Op::Lt) && vals.len() != 1 {
            return Err(ParamError::BadValue {
                field,
                value: raw.clone(),
                expected: "a comparison takes one value",
            });
        }
        let vals = vals
            .into_iter()
            .map(|v| normalise_value(&field, kind, op, v))
            .collect::<Result<Vec<_>, _>>()?;
        req.filters.push(Filter {
            field,
            op,
            values: vals,
        });
    }
    Ok(req)
}

/// Check a value against its column's type and put it in the store's form (dates as
/// yyyy-mm-dd, timestamps as unix seconds). LIKE keeps the text as given.
fn normalise_value(field: &str, kind: Kind, op: Op, v: String) -> Result<String, ParamError> {
    let bad = |expected| ParamError::BadValue {
        field: field.to_string(),
        value: v.clone(),
        expected,
    };
    if op == Op::Like {
        return Ok(v);
    }
    match kind {
        Kind::Text | Kind::Exact => Ok(v),
        Kind::Integer => v
            .parse::<i64>()
            .map(|n| n.to_string())
            .map_err(|_| bad("expected an integer")),
        Kind::Decimal => match v.parse::<f64>() {
            Ok(x) if x.is_finite() => Ok(v),
            _ => Err(bad("expected a number")),
        },
        Kind::Date => chrono::NaiveDate::parse_from_str(&v, "%Y-%m-%d")
            .map(|d| d.to_string())
            .map_err(|_| bad("expected a date yyyy-mm-dd")),
        Kind::Timestamp => {
            if let Ok(n) = v.parse::<i64>() {
                return Ok(n.to_string());
            }
            chrono::NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|t| t.and_utc().timestamp().to_string())
                .ok_or_else(|| bad("expected unix seconds or a date yyyy-mm-dd"))
        }
    }
}

fn split_values(raw: &str) -> Vec<String> {
    raw.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn parse_usize(name: &str, value: &str) -> Result<usize, ParamError> {
    value
        .trim()
        .parse::<usize>()
        .map_err(|_| bad_param(name, value, "expected a non-negative integer"))
}

fn bad_param(name: &str, value: &str, expected: &'static str) -> ParamError {
    ParamError::BadParam {
        name: name.to_string(),
        value: value.to_string(),
        expected,
    }
}

/// application/x-www-form-urlencoded decoding: `+` is a space, `%XX` a byte; the result
/// must be UTF-8.
pub fn percent_decode(s: &str) -> Result<String, ParamError> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = b
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                let byte = hex.and_then(|h| u8::from_str_radix(h, 16).ok());
                match byte {
                    Some(x) => {
                        out.push(x);
                        i += 2;
                    }
                    None => {
                        return Err(ParamError::Malformed(format!(
                            "bad percent escape in `{s}`"
                        )))
                    }
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| ParamError::Malformed("parameters must be UTF-8".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(qs: &str) -> ReadRequest {
        match parse_query_string(qs) {
            Ok(r) => r,
            Err(e) => panic!("{qs}: {e}"),
        }
    }

    fn f(field: &str, op: Op, values: &[&str]) -> Filter {
        Filter {
            field: field.into(),
            op,
            values: values.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn empty_query_has_acled_defaults() {
        let r = p("");
        assert!(r.filters.is_empty());
        assert_eq!(
            (r.limit, r.page, r.format, r.inter_numeric),
            (DEFAULT_LIMIT, 1, Format::Json, false)
        );
        assert_eq!(r.fields, None);
    }

    #[test]
    fn text_columns_default_to_like_and_exact_columns_to_equality() {
        let r = p("actor1=Military%20Forces&country=Niger&fatalities=3&event_date=2025-03-17");
        assert_eq!(
            r.filters,
            vec![
                f("actor1", Op::Like, &["Military Forces"]),
                f("country", Op::Eq, &["Niger"]),
                f("fatalities", Op::Eq, &["3"]),
                f("event_date", Op::Eq, &["2025-03-17"]),
            ]
        );
    }

    #[test]
    fn pipe_gives_several_values() {
        let r = p("country=Mali|Niger|Burkina+Faso");
        assert_eq!(
            r.filters,
            vec![f("country", Op::Eq, &["Mali", "Niger", "Burkina Faso"])]
        );
    }

    #[test]
    fn where_overrides_the_operator() {
        let r = p("event_date=2025-03-01|2025-03-31&event_date_where=BETWEEN");
        assert_eq!(
            r.filters,
            vec![f("event_date", Op::Between, &["2025-03-01", "2025-03-31"])]
        );
        // The `_where` may come first, and operators are URL-encoded by clients.
        let r = p("year_where=%3E%3D&year=2022");
        assert_eq!(r.filters, vec![f("year", Op::Ge, &["2022"])]);
        let r = p("fatalities=10&fatalities_where=<");
        assert_eq!(r.filters, vec![f("fatalities", Op::Lt, &["10"])]);
        let r = p("admin1=Tillab%C3%A9ri&admin1_where==");
        assert_eq!(r.filters, vec![f("admin1", Op::Eq, &["Tillabéri"])]);
        let r = p("country=Nig&country_where=like");
        assert_eq!(r.filters, vec![f("country", Op::Like, &["Nig"])]);
    }

    #[test]
    fn timestamp_takes_unix_seconds_or_a_date() {
        let r = p("timestamp=2025-01-02&timestamp_where=%3E%3D");
        assert_eq!(r.filters, vec![f("timestamp", Op::Ge, &["1735776000"])]);
        let r = p("timestamp=1735776000&timestamp_where=>");
        assert_eq!(r.filters, vec![f("timestamp", Op::Gt, &["1735776000"])]);
    }

    #[test]
    fn paging_fields_format_and_inter_num() {
        let r = p(
            "limit=50&page=3&fields=event_id_cnty|event_date|fatalities&inter_num=1&_format=csv",
        );
        assert_eq!((r.limit, r.page, r.offset()), (50, 3, 100));
        assert_eq!(
            r.fields,
            Some(vec![
                "event_id_cnty".to_string(),
                "event_date".to_string(),
                "fatalities".to_string()
            ])
        );
        assert!(r.inter_numeric);
        assert_eq!(r.format, Format::Csv);
        // acledR's `limit=0` means "everything": served as the largest page.
        assert_eq!(p("limit=0").limit, MAX_LIMIT);
        assert_eq!(p("limit=999999999").limit, MAX_LIMIT);
        assert_eq!(p("page=0").page, 1);
    }

    #[test]
    fn legacy_client_parameters_are_accepted() {
        let r = p("key=abc&email=a%40b.org&terms=accept&export_type=dyadic&country=Mali");
        assert_eq!(r.filters, vec![f("country", Op::Eq, &["Mali"])]);
    }

    #[test]
    fn unknown_fields_are_errors() {
        assert_eq!(
            parse_query_string("contry=Mali"),
            Err(ParamError::UnknownField("contry".into()))
        );
        assert_eq!(
            parse_query_string("contry_where=="),
            Err(ParamError::UnknownField("contry_where".into()))
        );
        assert_eq!(
            parse_query_string("fields=country|nope"),
            Err(ParamError::UnknownField("nope".into()))
        );
        assert!(
            parse_query_string("evidence=x").is_err(),
            "evidence is not a scalar filter"
        );
    }

    #[test]
    fn bad_operators_values_and_formats_are_errors() {
        assert!(matches!(
            parse_query_string("year=2020&year_where=ABOUT"),
            Err(ParamError::UnknownOp { .. })
        ));
        assert!(matches!(
            parse_query_string("event_date=2025-03-01&event_date_where=BETWEEN"),
            Err(ParamError::BetweenArity { .. })
        ));
        assert!(matches!(
            parse_query_string("year_where=%3E"),
            Err(ParamError::WhereWithoutValue { .. })
        ));
        assert!(matches!(
            parse_query_string("event_date=17/03/2025"),
            Err(ParamError::BadValue { .. })
        ));
        assert!(matches!(
            parse_query_string("fatalities=many"),
            Err(ParamError::BadValue { .. })
        ));
        assert!(matches!(
            parse_query_string("year=2020|2021&year_where=>"),
            Err(ParamError::BadValue { .. })
        ));
        assert!(matches!(
            parse_query_string("limit=-1"),
            Err(ParamError::BadParam { .. })
        ));
        assert!(matches!(
            parse_query_string("inter_num=yes"),
            Err(ParamError::BadParam { .. })
        ));
        assert!(matches!(
            parse_query_string("_format=xml"),
            Err(ParamError::Unsupported { .. })
        ));
        assert!(matches!(
            parse_query_string("export_type=monadic"),
            Err(ParamError::Unsupported { .. })
        ));
        assert!(matches!(
            parse_query_string("country=Mali&country=Niger"),
            Err(ParamError::Duplicate(_))
        ));
        assert!(matches!(
            parse_query_string("country=%ZZ"),
            Err(ParamError::Malformed(_))
        ));
        assert!(matches!(
            parse_query_string("country=%FF"),
            Err(ParamError::Malformed(_))
        ));
    }

    #[test]
    fn like_values_are_kept_verbatim_even_on_typed_columns() {
        let r = p("event_date=2025-03&event_date_where=LIKE");
        assert_eq!(r.filters, vec![f("event_date", Op::Like, &["2025-03"])]);
    }

    #[test]
    fn blank_value_asks_for_a_blank_column() {
        assert_eq!(p("actor2=").filters, vec![f("actor2", Op::Like, &[""])]);
    }

    #[test]
    fn survives_any_bytes() {
        for qs in [
            "%",
            "%%%",
            "&&&",
            "=",
            "==&=",
            "a=%E2%82",
            "\u{0}=\u{0}",
            "limit=99999999999999999999999",
        ] {
            let _ = parse_query_string(qs);
        }
    }
}
