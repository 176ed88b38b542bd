//! The in-memory gazetteer: admin units, places, and a sorted hash index from compact folded
//! names to them. Read from the line format written by [`crate::build`].
//!
//! Loading must fit the 150 ms budget, so place lines are not parsed at load: the store keeps
//! the text and each place's line offset, hashes the names into the index, and parses a place's
//! fields only when a report mentions it.

use cw_record::fold::fold_compact;
use std::collections::HashMap;

pub(crate) const NONE: u32 = u32::MAX;

/// What an index entry points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ent {
    Country(u32),
    Admin1(u32),
    Admin2(u32),
    Place(u32),
}

#[derive(Debug, Clone)]
pub struct Admin {
    pub cc: [u8; 2],
    pub code: Box<str>,
    pub name: Box<str>,
    /// The parent admin1 (for admin2 units), an index into `admin1`.
    pub parent: u32,
    pub lat: f32,
    pub lon: f32,
    /// Capital or seat name.
    pub seat: Box<str>,
}

/// A place, parsed from its line on demand.
#[derive(Debug, Clone)]
pub struct Feat<'a> {
    pub id: u64,
    pub cc: [u8; 2],
    pub a1: u32,
    pub a2: u32,
    /// GeoNames class.code, e.g. "P.PPLA2".
    pub fcode: &'a str,
    pub name: &'a str,
    pub pop: u32,
    pub lat: f32,
    pub lon: f32,
}

impl Feat<'_> {
    pub fn class(&self) -> char {
        self.fcode.chars().next().unwrap_or('P')
    }
}

/// 64-bit FNV-1a: the index keys on hashes of compact folded names (collisions at this
/// size are vanishingly rare and would only add a candidate that resolution weighs anyway).
pub fn key_hash(s: &str) -> u64 {
    key_hash_bytes(s.bytes())
}

fn key_hash_bytes(b: impl Iterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in b {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The compact folded key of a name, hashed; ASCII names (nearly all) skip Unicode folding.
fn name_hash(name: &str) -> u64 {
    if name.is_ascii() {
        key_hash_bytes(
            name.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| b.to_ascii_lowercase()),
        )
    } else {
        key_hash(&fold_compact(name))
    }
}

/// A fast hasher for the small integer keys of the admin-code maps (the default SipHash costs
/// more than the whole parse of an admin line).
#[derive(Default, Clone, Copy)]
pub struct FnvHasher(u64);

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf29ce484222325
        } else {
            self.0
        };
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

pub(crate) type Fnv = std::hash::BuildHasherDefault<FnvHasher>;

pub(crate) fn cc2(s: &str) -> [u8; 2] {
    let b = s.as_bytes();
    [
        b.first().copied().unwrap_or(b'?'),
        b.get(1).copied().unwrap_or(b'?'),
    ]
}

pub fn cc_str(cc: &[u8; 2]) -> &str {
    std::str::from_utf8(cc).unwrap_or("??")
}

#[derive(Debug, Default)]
pub struct Store {
    /// The loaded texts (the embedded file, then imports).
    texts: Vec<String>,
    pub admin1: Vec<Admin>,
    pub admin2: Vec<Admin>,
    /// (text, byte offset) of each place line.
    places: Vec<(u32, u32)>,
    /// (hash, entity), sorted by hash.
    pub index: Vec<(u64, Ent)>,
    /// (country, hash of the admin1 code) → admin1 index.
    a1_code: HashMap<([u8; 2], u64), u32, Fnv>,
    /// (admin1 index, hash of the admin2 code) → admin2 index.
    a2_code: HashMap<(u32, u64), u32, Fnv>,
    /// Countries covered to village level.
    pub complete: Vec<[u8; 2]>,
}

/// The world tail: small towns outside the village-level countries, in a file of its own that
/// is loaded only when a report is about such a country. Its places refer to the main store's
/// admin units.
#[derive(Debug, Default)]
pub struct Tail {
    text: String,
    places: Vec<u32>,
    index: Vec<(u64, u32)>,
}

impl Tail {
    pub fn parse(text: String) -> Tail {
        let mut t = Tail {
            text: String::new(),
            places: Vec::new(),
            index: Vec::new(),
        };
        let mut off = 0usize;
        for line in text.split_inclusive('\n') {
            let start = off;
            off += line.len();
            let line = line.trim_end_matches(['\n', '\r']);
            let Some(rest) = line.strip_prefix("P\t") else {
                continue;
            };
            let Some((head, keys)) = rest.rsplit_once('\t') else {
                continue;
            };
            let Some(name) = head.split('\t').nth(5) else {
                continue;
            };
            let i = t.places.len() as u32;
            t.places.push(start as u32);
            t.index.push((name_hash(name), i));
            for k in keys.split('|').filter(|k| !k.is_empty()) {
                t.index.push((key_hash(k), i));
            }
        }
        t.index.sort_unstable_by_key(|e| e.0);
        t.index.dedup();
        t.text = text;
        t
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    pub fn feat<'a>(&'a self, store: &Store, i: u32) -> Option<Feat<'a>> {
        store.feat_at(&self.text, *self.places.get(i as usize)?)
    }

    pub fn lookup(&self, key: &str) -> impl Iterator<Item = u32> + '_ {
        let h = key_hash(key);
        let lo = self.index.partition_point(|e| e.0 < h);
        self.index[lo..]
            .iter()
            .take_while(move |e| e.0 == h)
            .map(|e| e.1)
    }

    /// Each place's (index, country, name, other keys), straight from the lines.
    pub fn place_lines(&self) -> impl Iterator<Item = (u32, [u8; 2], &str, &str)> + '_ {
        self.places.iter().enumerate().filter_map(|(i, &off)| {
            let line = self.text.get(off as usize..)?;
            let line = line.split('\n').next()?.trim_end_matches('\r');
            let f: Vec<&str> = line.split('\t').collect();
            let (cc, name, keys) = (f.get(2)?, f.get(6)?, f.get(10)?);
            Some((i as u32, cc2(cc), *name, *keys))
        })
    }
}

fn f32_or_nan(s: &str) -> f32 {
    s.parse().unwrap_or(f32::NAN)
}

impl Store {
    /// Parse the line format; malformed lines are skipped (and counted). The index is left
    /// unsorted: call [`Store::finish`] once everything is in.
    pub fn parse(text: String) -> (Store, usize) {
        let mut st = Store::default();
        let bad = st.add_text(text);
        (st, bad)
    }

    pub fn places_len(&self) -> usize {
        self.places.len()
    }

    /// Add a text in the line format (the embedded file or an import). Admin units already
    /// present are kept once (imports repeat them). Returns the number of malformed lines.
    /// Call [`Store::finish`] afterwards.
    pub fn add_text(&mut self, text: String) -> usize {
        let seg = self.texts.len() as u32;
        let mut bad = 0usize;
        let mut off = 0usize;
        let mut new_index: Vec<(u64, Ent)> = Vec::new();
        for line in text.split_inclusive('\n') {
            let start = off;
            off += line.len();
            let line = line.trim_end_matches(['\n', '\r']);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if !self.parse_line(line, seg, start as u32, &mut new_index) {
                bad += 1;
            }
        }
        self.texts.push(text);
        self.index.extend(new_index);
        bad
    }

    fn add_keys(index: &mut Vec<(u64, Ent)>, keys: &str, e: Ent) {
        for k in keys.split('|').filter(|k| !k.is_empty()) {
            index.push((key_hash(k), e));
        }
    }

    fn parse_line(
        &mut self,
        line: &str,
        seg: u32,
        start: u32,
        index: &mut Vec<(u64, Ent)>,
    ) -> bool {
        let Some((tag, rest)) = line.split_once('\t') else {
            return false;
        };
        match tag {
            "P" => {
                // Only the name and keys are read now; the rest when the place is mentioned.
                let Some((head, keys)) = rest.rsplit_once('\t') else {
                    return false;
                };
                let Some(name) = head.split('\t').nth(5) else {
                    return false;
                };
                let i = self.places.len() as u32;
                self.places.push((seg, start));
                index.push((name_hash(name), Ent::Place(i)));
                Self::add_keys(index, keys, Ent::Place(i));
                true
            }
            "1" => {
                let v: Vec<&str> = rest.split('\t').collect();
                let [cc, a1, name, lat, lon, seat, keys] = v[..] else {
                    return false;
                };
                if self.a1_code.contains_key(&(cc2(cc), key_hash(a1))) {
                    return true;
                }
                let i = self.admin1.len() as u32;
                self.a1_code.insert((cc2(cc), key_hash(a1)), i);
                self.admin1.push(Admin {
                    cc: cc2(cc),
                    code: a1.into(),
                    name: name.into(),
                    parent: NONE,
                    lat: f32_or_nan(lat),
                    lon: f32_or_nan(lon),
                    seat: seat.into(),
                });
                index.push((name_hash(name), Ent::Admin1(i)));
                Self::add_keys(index, keys, Ent::Admin1(i));
                true
            }
            "2" => {
                let v: Vec<&str> = rest.split('\t').collect();
                let [cc, a1, a2, name, lat, lon, seat, keys] = v[..] else {
                    return false;
                };
                let Some(&parent) = self.a1_code.get(&(cc2(cc), key_hash(a1))) else {
                    return false;
                };
                if self.a2_code.contains_key(&(parent, key_hash(a2))) {
                    return true;
                }
                let i = self.admin2.len() as u32;
                self.a2_code.insert((parent, key_hash(a2)), i);
                self.admin2.push(Admin {
                    cc: cc2(cc),
                    code: a2.into(),
                    name: name.into(),
                    parent,
                    lat: f32_or_nan(lat),
                    lon: f32_or_nan(lon),
                    seat: seat.into(),
                });
                index.push((name_hash(name), Ent::Admin2(i)));
                Self::add_keys(index, keys, Ent::Admin2(i));
                true
            }
            "K" => {
                // Countries whose every village is in this file (the GeoNames dumps used).
                self.complete.extend(rest.split('|').map(cc2));
                true
            }
            "C" => {
                let v: Vec<&str> = rest.split('\t').collect();
                let [cc, keys] = v[..] else { return false };
                // Countries live in `countries.tsv`; the gazetteer only adds their other names.
                if let Some(i) = crate::countries::countries()
                    .iter()
                    .position(|c| c.iso2 == cc)
                {
                    Self::add_keys(index, keys, Ent::Country(i as u32));
                }
                true
            }
            _ => false,
        }
    }

    /// Sort the index once all parts are in.
    pub fn finish(&mut self) {
        // By hash only: the order among entries of one name does not matter, and comparing
        // one u64 is the cheapest sort.
        self.index.sort_unstable_by_key(|e| e.0);
        self.index.dedup();
    }

    /// A place's fields, parsed from its line.
    pub fn feat(&self, i: u32) -> Option<Feat<'_>> {
        let &(seg, off) = self.places.get(i as usize)?;
        self.feat_at(self.texts.get(seg as usize)?, off)
    }

    /// Parse the place line at `off` in `text`, resolving its admin codes against this store.
    pub fn feat_at<'a>(&self, text: &'a str, off: u32) -> Option<Feat<'a>> {
        let rest = text.get(off as usize..)?;
        let line = rest.split('\n').next()?.trim_end_matches('\r');
        let f: Vec<&str> = line.split('\t').collect();
        let [_, id, cc, a1, a2, fcode, name, pop, lat, lon, _keys] = f[..] else {
            return None;
        };
        let cc = cc2(cc);
        let a1i = self
            .a1_code
            .get(&(cc, key_hash(a1)))
            .copied()
            .unwrap_or(NONE);
        let a2i = if a1i == NONE {
            NONE
        } else {
            self.a2_code
                .get(&(a1i, key_hash(a2)))
                .copied()
                .unwrap_or(NONE)
        };
        Some(Feat {
            id: id.parse().unwrap_or(0),
            cc,
            a1: a1i,
            a2: a2i,
            fcode: if fcode.is_empty() { "P.PPL" } else { fcode },
            name,
            pop: pop.parse::<u64>().unwrap_or(0).min(u32::MAX as u64) as u32,
            lat: f32_or_nan(lat),
            lon: f32_or_nan(lon),
        })
    }

    pub fn lookup(&self, key: &str) -> impl Iterator<Item = Ent> + '_ {
        let h = key_hash(key);
        let lo = self.index.partition_point(|e| e.0 < h);
        self.index[lo..]
            .iter()
            .take_while(move |e| e.0 == h)
            .map(|e| e.1)
    }

    /// Each place's (index, country, admin1 code, name, other keys), straight from the lines.
    pub fn place_lines(&self) -> impl Iterator<Item = (u32, [u8; 2], &str, &str, &str)> + '_ {
        self.places
            .iter()
            .enumerate()
            .filter_map(|(i, &(seg, off))| {
                let line = self.texts.get(seg as usize)?.get(off as usize..)?;
                let line = line.split('\n').next()?.trim_end_matches('\r');
                let mut f = line.split('\t');
                let cc = f.nth(2)?;
                let a1 = f.next()?;
                let name = f.nth(2)?;
                let keys = f.nth(3)?;
                Some((i as u32, cc2(cc), a1, name, keys))
            })
    }

    /// Each admin unit with its name and other keys, straight from the lines.
    pub fn admin_lines(&self) -> Vec<(Ent, &str, &str)> {
        let mut out = Vec::new();
        for text in &self.texts {
            for line in text.lines() {
                let v: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
                let e = match v[..] {
                    ["1", cc, a1, name, _, _, _, keys] => self
                        .admin1_index(cc2(cc), a1)
                        .map(|i| (Ent::Admin1(i), name, keys)),
                    ["2", cc, a1, a2, name, _, _, _, keys] => self
                        .admin1_index(cc2(cc), a1)
                        .and_then(|p| self.a2_code.get(&(p, key_hash(a2))))
                        .map(|&i| (Ent::Admin2(i), name, keys)),
                    _ => None,
                };
                out.extend(e);
            }
        }
        out
    }

    /// The index of admin1 unit `a1` (its code) of country `cc`.
    pub fn admin1_index(&self, cc: [u8; 2], a1: &str) -> Option<u32> {
        self.a1_code.get(&(cc, key_hash(a1))).copied()
    }

    /// The compact folded names a place is found by: its own and its line's other keys.
    pub fn place_keys(&self, i: u32) -> Vec<String> {
        let Some(&(seg, off)) = self.places.get(i as usize) else {
            return Vec::new();
        };
        let Some(line) = self
            .texts
            .get(seg as usize)
            .and_then(|t| t.get(off as usize..))
            .and_then(|r| r.split('\n').next())
        else {
            return Vec::new();
        };
        let f: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
        let (Some(name), Some(keys)) = (f.get(6), f.get(10)) else {
            return Vec::new();
        };
        std::iter::once(fold_compact(name))
            .chain(
                keys.split('|')
                    .filter(|k| !k.is_empty())
                    .map(str::to_string),
            )
            .collect()
    }
}
