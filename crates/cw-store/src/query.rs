//! Queries in the terms of ACLED's API: `<field>=v1|v2&<field>_where=OP`.
//!
//! Field names are checked against a whitelist of stored columns; values are always bound
//! as parameters, never formatted into SQL. Text fields default to LIKE (ACLED's default),
//! numbers and dates to equality.

use crate::StoreError;
use cw_record::Inter;
use serde::{Deserialize, Serialize};

/// ACLED's `<field>_where` operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Op {
    /// Equality (case-insensitive for text fields).
    Eq,
    /// ACLED's LIKE: `%` is a wildcard; a value without `%` matches case-insensitively as a substring.
    Like,
    /// Inclusive range; takes exactly two values.
    Between,
    Ge,
    Le,
    Gt,
    Lt,
}

impl Op {
    /// Parse ACLED's spelling (`=`, `LIKE`, `BETWEEN`, `>=`, `<=`, `>`, `<`).
    pub fn parse(s: &str) -> Option<Op> {
        match s.trim().to_ascii_uppercase().as_str() {
            "=" | "==" | "EQ" => Some(Op::Eq),
            "LIKE" => Some(Op::Like),
            "BETWEEN" => Some(Op::Between),
            ">=" | "GE" => Some(Op::Ge),
            "<=" | "LE" => Some(Op::Le),
            ">" | "GT" => Some(Op::Gt),
            "<" | "LT" => Some(Op::Lt),
            _ => None,
        }
    }

    fn sql(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ge => ">=",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Lt => "<",
            Op::Like | Op::Between => "",
        }
    }
}

/// One filter: `field op value` for each value, OR-ed (ACLED's `|`). `Between` takes two values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Condition {
    pub field: String,
    pub op: Op,
    pub values: Vec<String>,
}

impl Condition {
    pub fn new(field: &str, op: Op, values: &[&str]) -> Condition {
        Condition {
            field: field.to_string(),
            op,
            values: values.iter().map(|v| v.to_string()).collect(),
        }
    }

    /// ACLED's API form: `value` is `|`-separated, `where_op` the optional `<field>_where`;
    /// without it the field's default applies (LIKE for text, `=` otherwise).
    pub fn from_acled(
        field: &str,
        value: &str,
        where_op: Option<&str>,
    ) -> Result<Condition, StoreError> {
        let kind = field_kind(field)
            .ok_or_else(|| StoreError::InvalidQuery(format!("unknown field {field:?}")))?;
        let op = match where_op {
            Some(w) => Op::parse(w).ok_or_else(|| {
                StoreError::InvalidQuery(format!("unknown operator {w:?} for {field}"))
            })?,
            None => kind.default_op(),
        };
        let values = value.split('|').map(|v| v.to_string()).collect();
        Ok(Condition {
            field: field.to_string(),
            op,
            values,
        })
    }
}

/// A filtered, paged query. Results come in `event_date` descending order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Query {
    /// AND-ed.
    pub conditions: Vec<Condition>,
    pub limit: Option<usize>,
    pub offset: usize,
}

impl Query {
    pub fn new() -> Query {
        Query::default()
    }

    /// Add a condition (builder style).
    pub fn filter(mut self, field: &str, op: Op, values: &[&str]) -> Query {
        self.conditions.push(Condition::new(field, op, values));
        self
    }

    pub fn limit(mut self, n: usize) -> Query {
        self.limit = Some(n);
        self
    }

    pub fn offset(mut self, n: usize) -> Query {
        self.offset = n;
        self
    }
}

/// How a field is stored and compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Int,
    Real,
    /// `YYYY-MM-DD` text, compared as text (which orders like dates).
    Date,
    /// `inter1`/`inter2`: stored as ACLED's text, filterable by text or legacy code.
    Inter,
    /// The convenience pseudo-field `actor`: any of actor1, actor2, assoc_actor_1, assoc_actor_2.
    Actor,
}

impl FieldKind {
    pub fn default_op(self) -> Op {
        match self {
            FieldKind::Text | FieldKind::Actor => Op::Like,
            _ => Op::Eq,
        }
    }
}

/// The filterable fields (stored columns) and their kinds; anything else is rejected.
pub fn field_kind(field: &str) -> Option<FieldKind> {
    use FieldKind::*;
    Some(match field {
        "event_id_cnty" | "disorder_type" | "event_type" | "sub_event_type" | "actor1"
        | "assoc_actor_1" | "actor2" | "assoc_actor_2" | "interaction" | "civilian_targeting"
        | "region" | "country" | "admin1" | "admin2" | "admin3" | "location" | "source"
        | "source_scale" | "notes" | "tags" | "article_id" => Text,
        "event_date" => Date,
        "year" | "time_precision" | "iso" | "geo_precision" | "fatalities" | "timestamp"
        | "injuries" | "attackers" | "fatalities_low" | "fatalities_high" => Int,
        "latitude" | "longitude" | "confidence" => Real,
        "inter1" | "inter2" => Inter,
        "actor" => Actor,
        _ => return None,
    })
}

/// A bound parameter.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Text(String),
    Int(i64),
    Real(f64),
}

/// The SQL dialect differences that matter for WHERE clauses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    fn placeholder(self, n: usize) -> String {
        match self {
            Dialect::Sqlite => format!("?{n}"),
            Dialect::Postgres => format!("${n}"),
        }
    }
}

/// A WHERE clause (starting with " WHERE ", or empty) and its parameters.
pub(crate) struct Where {
    pub sql: String,
    pub params: Vec<Value>,
}

/// Escape LIKE's `_` and `\` so only `%` is a wildcard (ACLED's LIKE values use `%`).
fn like_pattern(v: &str) -> String {
    let mut p = String::with_capacity(v.len() + 2);
    for c in v.chars() {
        if c == '_' || c == '\\' {
            p.push('\\');
        }
        p.push(c);
    }
    if v.contains('%') {
        p
    } else {
        format!("%{p}%")
    }
}

fn parse_value(field: &str, kind: FieldKind, v: &str) -> Result<Value, StoreError> {
    let v = v.trim();
    let bad = || StoreError::InvalidQuery(format!("bad value {v:?} for {field}"));
    Ok(match kind {
        FieldKind::Text | FieldKind::Actor => Value::Text(v.to_string()),
        FieldKind::Int => Value::Int(v.parse::<i64>().map_err(|_| bad())?),
        FieldKind::Real => {
            let x = v.parse::<f64>().map_err(|_| bad())?;
            if !x.is_finite() {
                return Err(bad());
            }
            Value::Real(x)
        }
        FieldKind::Date => {
            let d = chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| bad())?;
            Value::Text(d.format("%Y-%m-%d").to_string())
        }
        FieldKind::Inter => match Inter::parse(v) {
            Some(i) => Value::Text(i.as_str().to_string()),
            None => Value::Text(v.to_string()),
        },
    })
}

/// Build the WHERE clause; `first` is the number of the first placeholder.
pub(crate) fn build_where(q: &Query, dialect: Dialect, first: usize) -> Result<Where, StoreError> {
    let mut params: Vec<Value> = Vec::new();
    let mut clauses: Vec<String> = Vec::new();
    let ph = |params: &mut Vec<Value>, v: Value| {
        params.push(v);
        dialect.placeholder(first + params.len() - 1)
    };
    for c in &q.conditions {
        let kind = field_kind(&c.field)
            .ok_or_else(|| StoreError::InvalidQuery(format!("unknown field {:?}", c.field)))?;
        if c.values.is_empty() {
            return Err(StoreError::InvalidQuery(format!(
                "no value for {}",
                c.field
            )));
        }
        let columns: Vec<&str> = if kind == FieldKind::Actor {
            vec!["actor1", "actor2", "assoc_actor_1", "assoc_actor_2"]
        } else {
            vec![c.field.as_str()]
        };
        let texty = matches!(kind, FieldKind::Text | FieldKind::Actor | FieldKind::Inter);
        let mut alts: Vec<String> = Vec::new();
        if c.op == Op::Between {
            if c.values.len() != 2 {
                return Err(StoreError::InvalidQuery(format!(
                    "BETWEEN on {} takes 2 values, got {}",
                    c.field,
                    c.values.len()
                )));
            }
            let lo = parse_value(&c.field, kind, &c.values[0])?;
            let hi = parse_value(&c.field, kind, &c.values[1])?;
            for col in &columns {
                let a = ph(&mut params, lo.clone());
                let b = ph(&mut params, hi.clone());
                alts.push(format!("{col} BETWEEN {a} AND {b}"));
            }
        } else {
            for v in &c.values {
                let value = parse_value(&c.field, kind, v)?;
                for col in &columns {
                    let clause = match (c.op, &value) {
                        (Op::Like, Value::Text(t)) => {
                            let p = ph(&mut params, Value::Text(like_pattern(t)));
                            match dialect {
                                Dialect::Sqlite => format!("{col} LIKE {p} ESCAPE '\\'"),
                                Dialect::Postgres => format!("{col} ILIKE {p} ESCAPE '\\'"),
                            }
                        }
                        (Op::Like, _) => {
                            // LIKE on a number means equality (ACLED's API accepts it).
                            let p = ph(&mut params, value.clone());
                            format!("{col} = {p}")
                        }
                        (op, _) => {
                            let p = ph(&mut params, value.clone());
                            // Text equality ignores case: SQLite columns are NOCASE, PostgreSQL
                            // compares lower() (its indexes are on lower(col)).
                            if texty && op == Op::Eq && dialect == Dialect::Postgres {
                                format!("lower({col}) = lower({p})")
                            } else {
                                format!("{col} {} {p}", op.sql())
                            }
                        }
                    };
                    alts.push(clause);
                }
            }
        }
        if alts.len() == 1 {
            clauses.push(alts.remove(0));
        } else {
            clauses.push(format!("({})", alts.join(" OR ")));
        }
    }
    let sql = if clauses.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", clauses.join(" AND "))
    };
    Ok(Where { sql, params })
}

/// ` LIMIT … OFFSET …` (numbers are usize, not user text, so formatting them is safe).
pub(crate) fn limit_sql(q: &Query, dialect: Dialect) -> String {
    match (q.limit, q.offset, dialect) {
        (Some(l), o, _) => format!(" LIMIT {l} OFFSET {o}"),
        (None, 0, _) => String::new(),
        (None, o, Dialect::Sqlite) => format!(" LIMIT -1 OFFSET {o}"),
        (None, o, Dialect::Postgres) => format!(" OFFSET {o}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_rejected() {
        let q = Query::new().filter("country; DROP TABLE events", Op::Eq, &["x"]);
        assert!(matches!(
            build_where(&q, Dialect::Sqlite, 1),
            Err(StoreError::InvalidQuery(_))
        ));
    }

    #[test]
    fn values_are_bound_not_formatted() {
        let q = Query::new().filter("country", Op::Eq, &["Niger' OR 1=1 --"]);
        let w = build_where(&q, Dialect::Sqlite, 1).unwrap();
        assert_eq!(w.sql, " WHERE country = ?1");
        assert_eq!(w.params, vec![Value::Text("Niger' OR 1=1 --".into())]);
    }

    #[test]
    fn several_values_are_ored_and_conditions_anded() {
        let q = Query::new()
            .filter("country", Op::Eq, &["Mali", "Niger"])
            .filter("event_date", Op::Between, &["2024-01-01", "2024-03-31"]);
        let w = build_where(&q, Dialect::Postgres, 1).unwrap();
        assert_eq!(
            w.sql,
            " WHERE (lower(country) = lower($1) OR lower(country) = lower($2)) AND event_date BETWEEN $3 AND $4"
        );
        assert_eq!(w.params.len(), 4);
    }

    #[test]
    fn like_wraps_plain_text_and_escapes_underscore() {
        assert_eq!(like_pattern("JNIM"), "%JNIM%");
        assert_eq!(like_pattern("Military Forces%"), "Military Forces%");
        assert_eq!(like_pattern("a_b"), "%a\\_b%");
    }

    #[test]
    fn typed_values_are_checked() {
        let q = Query::new().filter("fatalities", Op::Ge, &["ten"]);
        assert!(build_where(&q, Dialect::Sqlite, 1).is_err());
        let q = Query::new().filter("event_date", Op::Eq, &["2024-13-01"]);
        assert!(build_where(&q, Dialect::Sqlite, 1).is_err());
        let q = Query::new().filter("event_date", Op::Between, &["2024-01-01"]);
        assert!(build_where(&q, Dialect::Sqlite, 1).is_err());
    }

    #[test]
    fn acled_form_uses_field_defaults() {
        let c = Condition::from_acled("country", "Mali|Niger", None).unwrap();
        assert_eq!((c.op, c.values.len()), (Op::Like, 2));
        let c = Condition::from_acled("year", "2020", Some(">=")).unwrap();
        assert_eq!(c.op, Op::Ge);
        assert_eq!(
            Condition::from_acled("event_date", "2020-01-01", None)
                .unwrap()
                .op,
            Op::Eq
        );
        assert!(Condition::from_acled("password", "x", None).is_err());
    }

    #[test]
    fn inter_filters_accept_codes() {
        let q = Query::new().filter("inter1", Op::Eq, &["1"]);
        let w = build_where(&q, Dialect::Sqlite, 1).unwrap();
        assert_eq!(w.params, vec![Value::Text("State forces".into())]);
    }

    #[test]
    fn actor_filter_spans_all_actor_columns() {
        let q = Query::new().filter("actor", Op::Like, &["JNIM"]);
        let w = build_where(&q, Dialect::Sqlite, 1).unwrap();
        assert!(w.sql.contains("actor1 LIKE") && w.sql.contains("assoc_actor_2 LIKE"));
        assert_eq!(w.params.len(), 4);
    }
}
