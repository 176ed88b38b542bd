//! Function words the coder's rules read (`data/lexicon/<lang>/grammar.tsv`): the words that end a
//! noun phrase, make a verb passive, name a report's source... As before they lived here as
//! constants, the words of every language are read in any report.

use cw_record::Lang;
use std::collections::HashSet;
use std::sync::OnceLock;

/// One set of words per class of `grammar.tsv`.
pub struct Grammar {
    /// Words before a number that make it a subset of a count already given.
    pub subset: HashSet<&'static str>,
    /// Words that mark a count as additional to an earlier one for the same side.
    pub additive: HashSet<&'static str>,
    /// Nouns that count people without saying which side they were on.
    pub unspecified: HashSet<&'static str>,
    /// Words for people that may follow a count without being an actor of their own.
    pub person: HashSet<&'static str>,
    /// Nouns that, after a number, denote an attacking force.
    pub force_noun: HashSet<&'static str>,
    /// Words after a number of attackers that show them as the attacking force ("200 assailants stormed", "men on motorbikes").
    pub force_verb: HashSet<&'static str>,
    /// Words that open a subordinate clause after a casualty phrase.
    pub subordinator: HashSet<&'static str>,
    /// Words that end a victim's noun phrase in a list.
    pub boundary: HashSet<&'static str>,
    /// Verbs among the boundary words: a noun phrase followed by one is a clause of its own ("his wife wounded", "the IED was"); a plural verb is the list's own ("a woman and her son were killed").
    pub verb: HashSet<&'static str>,
    /// Words that, just before a trigger, make it passive ("were killed", "was targeted").
    pub passive: HashSet<&'static str>,
    /// Hedging adverbs that make a trigger passive only when no object follows it ("two soldiers
    /// reportedly killed in an ambush", but "soldiers reportedly killed two herders").
    pub headline_passive: HashSet<&'static str>,
    /// Words right after a trigger that show no object follows it ("killed in", "tués à").
    pub object_gap: HashSet<&'static str>,
    /// Words that, just before a mention after the trigger, make it the agent ("by X").
    pub by: HashSet<&'static str>,
    /// Words that make an actor mention the source of the report, not a participant: "police said", "a police spokesman said", "according to the army".
    pub speech: HashSet<&'static str>,
    /// Words right after a speech verb that show it is no attribution by the actor before it but
    /// a participle ("a man accused of ...", "were blamed for", "were told to leave").
    pub not_speech: HashSet<&'static str>,
    /// Speech verbs of accusing or denying ("accused", "blamed", "denied"): the actor before one
    /// is the report's source unless it acts too (`coordinator`).
    pub accuse: HashSet<&'static str>,
    /// Words that join a second verb to an accuser's ("accused ... and burned"): a trigger right
    /// after one makes the accuser act too.
    pub coordinator: HashSet<&'static str>,
    /// Verbs that attribute words to the actor before them only before "that" ("claimed that"),
    /// not in "claimed responsibility" or "claimed the attack" (the claim of the act).
    pub claim: HashSet<&'static str>,
    /// Words after a speech verb that take up its speaker as the subject of what follows ("said
    /// it killed", "a affirmé avoir tué"): the speaker reports its own act.
    pub self_subject: HashSet<&'static str>,
    /// Possessives after a speech verb that take up its speaker's own people as the subject
    /// ("said its fighters had attacked", "a indiqué que ses hommes avaient attaqué").
    pub self_possessive: HashSet<&'static str>,
    /// Conjunctions that open reported speech ("that", "que").
    pub that: HashSet<&'static str>,
    /// Verbs of telling whose object is the listener of an attribution ("told reporters",
    /// "ont déclaré à la presse"): no side of the event.
    pub listener: HashSet<&'static str>,
    /// Words that may stand between such a verb and its listener ("told the", "à des").
    pub listener_gap: HashSet<&'static str>,
    /// Words after the listener, before a "that", that make the telling an order ("told villagers
    /// to leave", "told the students of the school ... to board"): the listeners are then the
    /// people acted on.
    pub order: HashSet<&'static str>,
    /// The same, only right after the listener ("ont dit aux habitants de partir"; further on,
    /// French "de" is any "of": "sous couvert de l'anonymat").
    pub order_next: HashSet<&'static str>,
    /// Words that open a temporal clause ("after", "once", "après").
    pub temporal: HashSet<&'static str>,
    /// Words that tie another event to the one told ("in connection with an attack on the base",
    /// "en lien avec"): what follows them is context.
    pub aside: HashSet<&'static str>,
    /// Clothing a force's name qualifies ("army fatigues", "tenues de l'armée"): attackers
    /// disguised so are not those forces.
    pub attire: HashSet<&'static str>,
    /// Words of leaving a place ("withdrew", "pulled out", "retrait"): an armed actor named only
    /// as leaving in a temporal clause is no opponent of what followed.
    pub departure: HashSet<&'static str>,
    /// Prepositions right after a verb of firing that aim it at someone or something ("opened fire
    /// on the bus", "fired at the occupants", "ont tiré sur le véhicule"): fire aimed, not shots
    /// in the air.
    pub aim: HashSet<&'static str>,
    /// Words that impute an affiliation to victims when "of"/"for" follows ("accused of being
    /// militants", "mistaken for jihadists", "soupçonnés d'être des jihadistes"): the group
    /// named after them is what the victims were taken for, no side.
    pub imputed: HashSet<&'static str>,
    /// Auxiliaries between a subject and its verb ("had withdrawn", "s'est retirée").
    pub auxiliary: HashSet<&'static str>,
    /// Heads of a crowd of unorganised people.
    pub crowd_head: HashSet<&'static str>,
    /// Crowd heads that name people by trade, school or political side, not by where they live.
    pub status_crowd: HashSet<&'static str>,
    /// The adjective "armed" beside a head of people ("armed villagers", "villageois armés").
    pub armed: HashSet<&'static str>,
    /// After that adjective, the word that makes it the means of a fight ("armed with sticks").
    pub armed_with: HashSet<&'static str>,
    /// After a protest word, the preposition that opens its grievance ("demonstrated against").
    pub against: HashSet<&'static str>,
    /// Determiners that, in the three words before a tactic word, make it a noun, not the verb of
    /// the actor before it ("against an assault", "the recurring abductions").
    pub noun_marker: HashSet<&'static str>,
    /// Casualty phrases whose victim is their subject, with no passive ("a demonstrator died",
    /// "un manifestant est décédé"): the person right before them is the victim.
    pub intransitive: HashSet<&'static str>,
    /// Verbs before a count that make it a revised toll ("the toll rose to 15", "s'est alourdi
    /// à 15"): it replaces the earlier figure.
    pub revised: HashSet<&'static str>,
    /// Number words that are also the indefinite article (French "un", "une"): a count only
    /// before the people counted or a casualty noun ("un soldat", "un mort"), never before
    /// anything else ("une marche", "un village").
    pub indefinite: HashSet<&'static str>,
    /// Settlement nouns a verb of taking takes as territory ("seized the town of X").
    pub settlement: HashSet<&'static str>,
    /// Words that may stand between a verb of taking and its place ("the", "of", "strategic").
    pub settlement_glue: HashSet<&'static str>,
    /// Nouns after which the place named is a verb of taking's object ("took control of Djibo").
    pub place_head: HashSet<&'static str>,
    /// Words of habit or likeness after an actor ("have carried out similar attacks", "are
    /// active in the area", "ont déjà mené des attaques similaires"): the report names a usual
    /// suspect, not who did this.
    pub habitual: HashSet<&'static str>,
    /// Words of forces only being somewhere ("US troops are deployed in the area", "about 900
    /// soldiers remain in the north-east"): in a sentence that tells no act, the
    /// forces are background, no side of the event.
    pub presence: HashSet<&'static str>,
    /// Relative pronouns: "gunmen, who often target travellers, killed five" describes the
    /// attackers, so a habit word after one is no background.
    pub relative: HashSet<&'static str>,
    /// Words that count nobody ("no civilians were killed", "nobody was hurt", "aucun civil"):
    /// a casualty phrase whose victims they head has no victim.
    pub negation: HashSet<&'static str>,
}

/// The embedded function words, loaded once.
pub fn grammar() -> &'static Grammar {
    static G: OnceLock<Grammar> = OnceLock::new();
    G.get_or_init(|| {
        let rows: Vec<(&'static str, &'static str)> = [Lang::En, Lang::Fr]
            .into_iter()
            .flat_map(|l| cw_text::lexicon::raw(l, "grammar").lines())
            .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some((cols.next()?.trim(), cols.next()?.trim()))
            })
            .collect();
        let of = |class: &str| {
            rows.iter()
                .filter(|(_, c)| *c == class)
                .map(|(w, _)| *w)
                .collect()
        };
        Grammar {
            subset: of("subset"),
            additive: of("additive"),
            unspecified: of("unspecified"),
            person: of("person"),
            force_noun: of("force_noun"),
            force_verb: of("force_verb"),
            subordinator: of("subordinator"),
            boundary: of("boundary"),
            verb: of("verb"),
            passive: of("passive"),
            headline_passive: of("headline_passive"),
            object_gap: of("object_gap"),
            by: of("by"),
            speech: of("speech"),
            not_speech: of("not_speech"),
            claim: of("claim"),
            coordinator: of("coordinator"),
            accuse: of("accuse"),
            that: of("that"),
            self_subject: of("self_subject"),
            self_possessive: of("self_possessive"),
            listener: of("listener"),
            listener_gap: of("listener_gap"),
            order: of("order"),
            order_next: of("order_next"),
            temporal: of("temporal"),
            aside: of("aside"),
            attire: of("attire"),
            departure: of("departure"),
            auxiliary: of("auxiliary"),
            crowd_head: of("crowd_head"),
            status_crowd: of("status_crowd"),
            armed: of("armed"),
            armed_with: of("armed_with"),
            against: of("against"),
            noun_marker: of("noun_marker"),
            aim: of("aim"),
            imputed: of("imputed"),
            intransitive: of("intransitive"),
            revised: of("revised"),
            indefinite: of("indefinite"),
            settlement: of("settlement"),
            settlement_glue: of("settlement_glue"),
            place_head: of("place_head"),
            habitual: of("habitual"),
            presence: of("presence"),
            relative: of("relative"),
            negation: of("negation"),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row names a known class, and its word is written folded, as the rules compare it.
    #[test]
    fn every_function_word_is_folded_and_of_a_known_class() {
        let known = [
            "subset",
            "additive",
            "unspecified",
            "person",
            "force_noun",
            "force_verb",
            "subordinator",
            "boundary",
            "verb",
            "passive",
            "headline_passive",
            "object_gap",
            "by",
            "speech",
            "not_speech",
            "claim",
            "coordinator",
            "accuse",
            "that",
            "self_subject",
            "self_possessive",
            "listener",
            "listener_gap",
            "order",
            "order_next",
            "temporal",
            "aside",
            "attire",
            "departure",
            "auxiliary",
            "crowd_head",
            "armed",
            "armed_with",
            "against",
            "noun_marker",
            "aim",
            "imputed",
            "intransitive",
            "revised",
            "indefinite",
            "settlement",
            "settlement_glue",
            "place_head",
            "habitual",
            "presence",
            "relative",
            "negation",
            "status_crowd",
        ];
        for lang in [Lang::En, Lang::Fr] {
            for l in cw_text::lexicon::raw(lang, "grammar")
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            {
                let mut cols = l.split('\t');
                let (w, c) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""));
                assert!(
                    known.contains(&c),
                    "{lang:?} grammar.tsv: unknown class in {l:?}"
                );
                assert_eq!(cw_record::fold::fold(w), w, "{lang:?} grammar.tsv: {l:?}");
            }
        }
        let g = grammar();
        assert!(g.passive.contains("were") && g.passive.contains("ete"));
        assert!(
            g.boundary.contains("near") && g.verb.contains("killed") && !g.verb.contains("near")
        );
        assert!(g.crowd_head.contains("foule") && g.speech.contains("said"));
    }
}
