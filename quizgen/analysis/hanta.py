"""A spaCy component that tags German with HanTa: STTS, Universal POS and lemmas.

Separable verbs: a verb particle (STTS ``PTKVZ``) in the right bracket is joined to the finite
verb of its clause, so "fordert … auf" gets the lemma "auffordern". The verb is the nearest
finite verb before the particle, passing over subordinate clauses embedded between them ("nimmt
die Bewertung der Bilder, die … werden, vor"); a particle in the first field joins the finite
verb right after it ("Hinzu kommen …"). The joined verb must be a German word (wordfreq knows
it): "plante … am Museum vorbei" is no "vorbeiplanen", "ist bekannt" no "bekanntsein". The
verb token's ``lemma_`` is the joined lemma; the particle keeps its own lemma and points to
its verb with ``token._.particle_of`` (the verb's index); the verb records the particle with
``token._.particle``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .refine import refine_sentence
from .stts import normalise_tag, upos

if not Token.has_extension("particle_of"):
    Token.set_extension("particle_of", default=None)
if not Token.has_extension("particle"):
    Token.set_extension("particle", default=None)

_VERB_OF_PARTICLE = ("VVFIN", "VVIMP", "VAFIN", "VMFIN")
# Particles that form separable verbs (an·rufen, zurück·kehren, statt·finden, kennen·lernen).
SEPARABLE_PARTICLES = frozenset(
    """ab an auf aus bei da dabei dagegen daher dahin daneben dar davon dazu dazwischen durch
    ein einher empor entgegen entlang fern fest fort frei gegenüber heim her herab heran
    herauf heraus herbei herein herum herunter hervor hin hinab hinauf hinaus hinein hinzu
    hoch kennen kund los mit nach nieder preis statt teil um umher vor voran voraus vorbei
    vorher vorüber weg weiter wieder zu zurecht zurück zusammen zuvor über unter wider
    auseinander bekannt bereit übrig offen lahm kaputt überein nahe wahr aufrecht inne
    beisammen entzwei fehl hinterher kehrt wett zunichte zugrunde zustande zutage abhanden
    anheim vorlieb""".split()  # noqa: SIM905
)
_SUBORDINATORS = {
    "bevor",
    "nachdem",
    "während",
    "obwohl",
    "weil",
    "dass",
    "damit",
    "sobald",
    "seitdem",
}
_CLAUSE_BREAK = {"KOUS", "PRELS", "PRELAT", "PWAV", "KOUI"}


@lru_cache(maxsize=1)
def hanta_tagger():
    """HanTa's German model, loaded once per process."""
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    # HanTa analyses a word afresh each time it is seen; its analyses depend on the word (and
    # the chosen tag) only, so memoising them makes repeated words nearly free. Each returns a
    # list that HanTa's callers and quizgen's only read. ``_tag_word`` sorts and scales the
    # forward analysis on every call (a word of a generated line was tagged with the article);
    # ``analyze_viterbi`` is shared by a word's lemma (taglevel 1) and its morphemes (taglevel 3,
    # ``compounds.split_compound``) and by its capitalised and lower-case spellings, which
    # ``_analyze``'s own memo keeps apart.
    tagger.analyze_forward = lru_cache(maxsize=200_000)(tagger.analyze_forward)
    tagger._tag_word = lru_cache(maxsize=200_000)(tagger._tag_word)
    tagger.analyze_viterbi = lru_cache(maxsize=200_000)(tagger.analyze_viterbi)
    tagger._analyze = lru_cache(maxsize=200_000)(tagger._analyze)
    return tagger


def _lemma(word: str, lemma: str, tag: str) -> str:
    if tag in ("NE", "FM", "XY") or upos(tag, word) == "PUNCT":
        return word
    if tag == "CARD":
        return word
    if tag in ("NN", "NE") and word.isupper() and len(word) <= 5 and lemma.lower() == word.lower():
        return word  # an acronym: TV, DJ, EU
    if tag in ("NN", "NE") and lemma[:1].islower():
        return lemma[:1].upper() + lemma[1:]
    if tag in ("ADJA", "ADJD"):
        return _adjective_lemma(word, lemma or word, tag)
    if tag in ("VVFIN", "VVPP") and lemma:  # HanTa tags "…, wie man es misst." a participle
        return _raised_vowel_lemma(word.lower(), lemma)
    return lemma or word


# A strong verb raises e to i or ie in the 2nd and 3rd person singular present (messen → misst,
# lesen → liest). HanTa reads such a form as the weak verb it could also be ("Der Turm misst 40
# Meter" → missen): the strong verb wins where ablaut gives it this very form and German uses it
# clearly more often (Zipf, ``RAISED_MARGIN``).
RAISED_VOWELS = (("ie", "e"), ("i", "e"))
RAISED_MARGIN = 0.5


@lru_cache(maxsize=20_000)
def _raised_vowel_lemma(word: str, lemma: str) -> str:
    if not lemma.endswith("en") or not word.endswith("t"):
        return lemma
    import ablaut

    from ..extraction.frequency import zipf_frequency

    best, frequency = lemma, zipf_frequency(lemma, "de") + RAISED_MARGIN
    stem = lemma[:-2]
    for raised, plain in RAISED_VOWELS:
        k = stem.rfind(raised)
        if k < 0:
            continue
        candidate = f"{stem[:k]}{plain}{stem[k + len(raised):]}en"
        if zipf_frequency(candidate, "de") <= frequency:
            continue
        present = ablaut.conjugate(candidate).present or ()
        if any(cell.split()[0] == word for cell in present):
            best, frequency = candidate, zipf_frequency(candidate, "de")
    return best


def _adjective_lemma(word: str, lemma: str, tag: str) -> str:
    """Fix HanTa's adjective lemmas: Berliner stays, lecker ≠ Leck, gebissenem → gebissen,
    rapide ≠ rapid, vage ≠ vag: an adjective whose own form ends in -e (HanTa knows it
    uninflected) unless the form without it is a German adjective too (spitz, not the
    colloquial spitze); rapid and solid are English."""
    lemma = _adjective_lemma_of(word, lemma, tag)
    full = lemma + "e"
    if (
        word.lower().startswith(full)
        and _uninflected_adjective(full)
        and (not _uninflected_adjective(lemma) or _english(lemma))
    ):
        return full
    return lemma


def _english(word: str) -> bool:
    """Is this spelling more an English word than a German one (rapid, solid)?"""
    from ..extraction.frequency import zipf_frequency

    return zipf_frequency(word, "en") > zipf_frequency(word, "de")


def _uninflected_adjective(form: str) -> bool:
    """Does HanTa know this form as an uninflected adjective (rapide, solide; not internationale)?"""
    tagger = hanta_tagger()
    return "ADJ(D)" in dict(tagger.tag_word(form)) and tagger.analyze(form, pos="ADJ(D)", taglevel=1)[0] == form


def _adjective_lemma_of(word: str, lemma: str, tag: str) -> str:
    lower = word.lower()
    if tag == "ADJA" and word[:1].isupper() and lower.endswith("er") and lemma.lower() == lower:
        return word  # an adjective from a place name: Berliner, Kölner, New Yorker
    if lemma[:1].isupper():  # HanTa read it as a noun
        return lower if tag == "ADJD" else _simplemma(lower).lower()
    if tag == "ADJA" and lemma.lower() == lower and lower.endswith(("e", "em", "en", "er", "es")):
        return _simplemma(lower).lower()  # unknown to HanTa, still inflected
    return lemma


def _simplemma(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang="de", low_memory=True)


def _join_particles(sentence: list[Token]) -> None:
    for position, token in enumerate(sentence):
        stranded = _stranded_preposition(sentence, position)
        if token.tag_ != "PTKVZ" and not stranded:
            continue
        if token.lower_ in _SUBORDINATORS:  # HanTa's mistake: "kommt kurz bevor …"
            token.tag_, token.pos_ = "KOUS", "SCONJ"
            continue
        if token.lower_ not in SEPARABLE_PARTICLES:
            continue
        following = sentence[position + 1] if position + 1 < len(sentence) else None
        if _together_with(sentence, position):
            token.tag_, token.pos_ = "ADV", "ADV"
            continue
        if following is not None and following.tag_ in _VERB_OF_PARTICLE:
            candidates = [following]  # "Hinzu kommen …", "…, dass er vorbei kam"
        elif following is None or following.tag_ in _AFTER_BRACKET:
            candidates = list(_verbs_before(sentence, position))
        else:
            continue
        for candidate in candidates:
            if candidate._.particle is not None:
                break
            joined = token.lower_ + candidate.lemma_
            if is_verb(joined):
                if stranded:
                    token.tag_, token.pos_ = "PTKVZ", upos("PTKVZ", token.text)
                candidate.lemma_ = _with_wieder(sentence, position, joined)
                candidate._.particle = token.i
                token._.particle_of = candidate.i
                break


def _together_with(sentence: list[Token], position: int) -> bool:
    """"zusammen mit" before another particle of the clause: "nahmen Lamb of God *zusammen mit*
    Opeth … an der Tour *teil*" (together with; the verb is teilnehmen, not zusammennehmen).
    Without a later particle "zusammen" stays one: "Die Teile setzen sich zusammen mit …"."""
    if sentence[position].lower_ != "zusammen" or position + 1 >= len(sentence) or sentence[position + 1].lower_ != "mit":
        return False
    for token in sentence[position + 2 :]:
        if token.tag_ in ("$.", "$,") and token.text != "," or token.tag_ in ("KOUS", "VVFIN", "VAFIN", "VMFIN"):
            return False
        if token.tag_ == "PTKVZ" and token.lower_ in SEPARABLE_PARTICLES:
            return True
    return False


def _stranded_preposition(sentence: list[Token], position: int) -> bool:
    """Is this word tagged as a preposition a separable particle that closes its clause? A
    preposition needs its noun phrase; before the clause's end (a comma, a full stop, or "und"
    that joins no second preposition: "mit und ohne Zucker") the word is the particle of a
    verb before it: "dehnte das Königreich seinen Herrschaftsbereich … aus und 1571 wurden …"
    (ausdehnen, which readers found carded as dehnen)."""
    token = sentence[position]
    if token.tag_ != "APPR" or token.lower_ not in SEPARABLE_PARTICLES or position + 1 >= len(sentence):
        return False
    following = sentence[position + 1]
    if following.tag_ in ("$,", "$."):
        return True
    after = sentence[position + 2] if position + 2 < len(sentence) else None
    return following.tag_ == "KON" and after is not None and after.tag_ not in ("APPR", "APPRART")


def _with_wieder(sentence: list[Token], position: int, joined: str) -> str:
    """"stellte die Ordnung wieder her": wiederherstellen, not herstellen, when "wieder" stands
    right before the particle and German writes the verb with both (wordfreq knows it well)."""
    before = sentence[position - 1] if position else None
    if before is not None and before.lower_ == "wieder" and _used_verb("wieder" + joined):
        return "wieder" + joined
    return joined


# What may follow a particle in the right bracket: punctuation (HanTa's "$(" loses its
# bracket in ``normalise_tag``: "$"), a conjunction, a comparison or a prepositional phrase in
# the last field ("geht … einher mit Armut").
_AFTER_BRACKET = frozenset({"$,", "$.", "$(", "$", "KON", "PTKZU", "KOKOM", "APPR", "APPRART"})


def _verbs_before(sentence: list[Token], position: int):
    """Finite verbs before a particle, nearest first, within its clause: a subordinate clause
    between them (after a comma, opened by a conjunction or relative pronoun, with a finite
    verb) is passed over; another comma ends the search once a verb was offered."""
    k = position - 1
    while k >= 0:
        token = sentence[k]
        if token.tag_ == "$,":
            opening = _embedded_clause_start(sentence, k)
            if opening is None:
                k -= 1
                continue
            k = opening - 1
            continue
        if token.tag_ in _VERB_OF_PARTICLE:
            yield token
        k -= 1


def _embedded_clause_start(sentence: list[Token], comma: int) -> int | None:
    """The comma before a subordinate clause that ends at ``comma``, else None."""
    k = comma - 1
    while k >= 0 and sentence[k].tag_ != "$,":
        k -= 1
    stretch = sentence[k + 1 : comma]
    words = [t for t in stretch if t.tag_ not in ("APPR", "APPRART")]
    if not words or words[0].tag_ not in _CLAUSE_BREAK:
        return None
    if not any(t.tag_ in _VERB_OF_PARTICLE for t in stretch):
        return None
    return max(k, 0)


@lru_cache(maxsize=20_000)
def is_verb(infinitive: str) -> bool:
    """A verb German uses: wordfreq knows the infinitive."""
    from ..extraction.frequency import zipf_frequency

    return zipf_frequency(infinitive, "de") > 0


_STATE_VERBS = frozenset({"sein", "bleiben", "scheinen", "wirken"})
ADJECTIVE_MARGIN = 0.5  # log-probability: HanTa finds the adjective nearly as likely


def _participles_as_adjectives(words: list[Token], tagger) -> None:
    """Participle or adjective, by the auxiliary and HanTa's lexicon. After sein, a participle
    HanTa knows about as well as an adjective is that adjective when a measure or an adjective
    grades it or when it is a mixed verb's rarer old participle ("sind eng verwandt": verwandt,
    not verwenden; "ist 5 km entfernt"); after werden or haben, an adjective at the clause end
    that is about as likely a participle is that participle ("wurde entfernt": entfernen).
    A participle of no verb German has is an adjective (unbewohnt, not "unbewohnen")."""
    for position, token in enumerate(words):
        if token.tag_ not in ("VVPP", "ADJD"):
            continue
        if token.tag_ == "VVPP" and not _particle_verb(token.lemma_) and is_verb(token.lower_):
            token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", token.lower_
            continue  # "fast unbewohnt": no verb "unbewohnen", an adjective
        clause = _comma_stretch(words, position)
        passive = any(t.lemma_ in ("werden", "haben") and t.tag_ == "VAFIN" for t in clause)
        state = any(t.lemma_ in _STATE_VERBS and t.tag_ in ("VAFIN", "VVFIN") for t in clause)
        if passive == state or any(t.tag_ in ("VAPP", "VAINF") for t in clause):
            continue
        scores = dict(tagger.tag_word(token.text))
        adjective, participle = scores.get("ADJ(D)"), scores.get("VV(PP)")
        known_adjective = adjective is not None and adjective > GUESSED
        if token.tag_ == "ADJD" and passive and participle is None and _at_right_bracket(words, position):
            if not known_adjective and (verb := _ge_participle_verb(token.lower_)):  # "wurde … geleakt"
                token.tag_, token.pos_, token.lemma_ = "VVPP", "VERB", verb
            continue
        if adjective is None or participle is None:
            continue
        if (
            token.tag_ == "VVPP"
            and state
            and adjective >= participle - ADJECTIVE_MARGIN
            and (_graded(words, position) or _rare_irregular_participle(token.lower_, token.lemma_))
        ):
            token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", token.lower_
        elif token.tag_ == "ADJD" and passive and _at_right_bracket(words, position) and (
            participle >= adjective - 2 * ADJECTIVE_MARGIN
        ):
            token.tag_, token.pos_ = "VVPP", "VERB"
            token.lemma_ = tagger.analyze(token.text, pos="VV(PP)", taglevel=1)[0]


def _strong_participles(words: list[Token], tagger) -> None:
    """A strong verb's participle HanTa knows only as an adjective, with itself as lemma: "Früher
    wurde in der Scheune auch das Korn gedroschen." (gedroschen/ADJD, so the clause had no verb
    in its right bracket and its passive was missed). In the right bracket of a clause whose
    finite verb is werden or haben, an adjective that ablaut gives as the participle of a verb
    German uses (``_strong_participle_verb``) is that participle. After sein only a verb that
    takes sein ("ist verschwunden") and whose participle is not its infinitive ("ist
    erwachsen" stays an adjective); a verb that takes haben stays an adjective after sein, as
    UD's "ist … gelegen" (ADJD, liegen) does."""
    for position, token in enumerate(words):
        if token.tag_ != "ADJD" or not _closes_verb_bracket(words, position):
            continue
        if "VV(PP)" in dict(tagger.tag_word(token.text)):
            continue  # HanTa knows the participle: ``_participles_as_adjectives`` decides
        verb = _strong_participle_verb(token.lower_)
        if not verb:
            continue
        finites = {t.lemma_ for t in _comma_stretch(words, position) if t.tag_ == "VAFIN"}
        if position + 1 < len(words) and words[position + 1].lemma_ == "werden":
            finites.add("werden")  # "ist gedroschen worden": a passive whatever the finite verb
        takes_sein = verb != token.lower_ and _auxiliary_of(verb) == "sein"
        if finites & {"werden", "haben"} or ("sein" in finites and takes_sein):
            token.tag_, token.pos_, token.lemma_ = "VVPP", "VERB", verb


def _closes_verb_bracket(words: list[Token], position: int) -> bool:
    """The right bracket, or its first part before "worden": "… gedroschen worden ist"."""
    following = words[position + 1] if position + 1 < len(words) else None
    return _at_right_bracket(words, position) or (following is not None and following.lemma_ == "werden")


# The stem vowels of German strong verbs, ablaut's grades: dreschen, drosch, gedroschen.
_STEM_VOWELS = ("a", "e", "i", "o", "u", "ä", "ö", "ü", "ie", "ei", "au")
_LAST_VOWEL = re.compile(r"(ie|ei|au|äu|eu|[aeiouäöü])(?=[^aeiouäöü]*$)")


@lru_cache(maxsize=20_000)
def _strong_participle_verb(form: str) -> str:
    """The verb German uses (Zipf ≥ 2) whose participle ablaut gives as this -en form, the most
    used one if several, or "": "gedroschen" → dreschen, "abgeschlossen" → abschließen,
    "verschwunden" → verschwinden. Candidates put each stem vowel in place of the form's last
    vowel, with and without ge- (after a separable particle too); "ss" may be "ß" before the
    ending (schließen, geschlossen)."""
    if not form.endswith("en") or not form.isalpha():
        return ""
    import ablaut

    from ..extraction.frequency import zipf_frequency

    found: set[str] = set()
    for base in _without_ge(form):
        stem = base[:-2]
        vowel = _LAST_VOWEL.search(stem)
        if vowel is None:
            continue
        for grade in _STEM_VOWELS:
            candidate = f"{stem[: vowel.start()]}{grade}{stem[vowel.end() :]}en"
            spellings = (candidate, candidate[:-4] + "ßen") if candidate.endswith("ssen") else (candidate,)
            for spelling in spellings:
                if _used_verb(spelling) and ablaut.conjugate(spelling).past_participle == form:
                    found.add(spelling)
    # wordfreq counts "schliessen" as "schließen": the standard spelling wins the tie
    return max(sorted(found), key=lambda verb: (zipf_frequency(verb, "de"), "ß" in verb), default="")


def _without_ge(form: str) -> list[str]:
    """The form as it is (verschwunden, gewonnen), without its ge- (gedroschen → droschen) and
    without the ge- after a separable particle (abgeschlossen → abschlossen)."""
    bases = [form]
    if form.startswith("ge"):
        bases.append(form[2:])
    bases += [
        particle + form[len(particle) + 2 :]
        for particle in sorted(SEPARABLE_PARTICLES)
        if form.startswith(particle + "ge") and len(form) > len(particle) + 5
    ]
    return bases


@lru_cache(maxsize=5_000)
def _auxiliary_of(verb: str) -> str:
    import ablaut

    return ablaut.conjugate(verb).auxiliary


# Words that may stand right before an attributive adjective but not before a finite verb
# in second position: ", billige Schokolade", "die billige …", "mit billiger …".
_BEFORE_ATTRIBUTE = frozenset({"$,", "$(", "ART", "APPR", "APPRART", "KON", "ADJA", "PPOSAT", "PIAT", "PDAT"})
_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_SUBJECT_END = frozenset({"NN", "NE", "PPER", "PDS", "PIS"})
_CLAUSE_OPENERS = frozenset({"KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "KOUI"})


def _verbs_and_adjectives(words: list[Token], tagger) -> None:
    """A finite verb or an attributive adjective, by the place of the form in its clause, for
    forms that can be either (billige: billig / billigen; genehmigte: genehmigen / genehmigt).

    - a "finite verb" right before a noun, after a comma, article, preposition or adjective, and
      which HanTa finds at least as likely an adjective, is that adjective: ", billige
      Schokolade," (a verb in second place follows its subject, not a comma);
    - an "adjective" right after the noun or pronoun that opens a main clause with no finite
      verb, which HanTa also knows as finite verb, is that verb: "Das Parlament genehmigte
      Königin Victoria, …" (a German attributive adjective stands before its noun, and a main
      clause needs its verb in second place).
    A participle German uses but HanTa does not know is read as a verb of its own ("geleakt":
    geleaken): it is the participle of the verb German uses (leaken).
    """
    for position, token in enumerate(words):
        before = words[position - 1] if position else None
        after = words[position + 1] if position + 1 < len(words) else None
        if token.tag_ == "VVFIN" and not is_verb(token.lemma_) and (verb := _ge_participle_verb(token.lower_)):
            token.tag_, token.pos_, token.lemma_ = "VVPP", "VERB", verb
            continue
        if not token.text[:1].islower() or after is None:
            continue
        scores = dict(tagger.tag_word(token.text))
        adjective, verb = scores.get("ADJ(A)"), scores.get("VV(FIN)")
        if adjective is None or verb is None:
            continue
        if (
            token.tag_ == "VVFIN"
            and after.tag_ == "NN"
            and before is not None
            and before.tag_ in _BEFORE_ATTRIBUTE
            and adjective >= verb
        ):
            token.tag_, token.pos_ = "ADJA", "ADJ"
            token.lemma_ = _adjective_lemma(token.text, tagger.analyze(token.text, pos="ADJ(A)", taglevel=1)[0], "ADJA")
        elif (
            token.tag_ == "ADJA"
            and before is not None
            and before.tag_ in _SUBJECT_END
            and after.tag_ in ("NN", "NE", "ART", "PPER", "PPOSAT", "ADJA", "ADV", "PTKNEG")
            and _opens_main_clause_without_verb(words, position)
        ):
            token.tag_, token.pos_ = "VVFIN", "VERB"
            token.lemma_ = tagger.analyze(token.text, pos="VV(FIN)", taglevel=1)[0]
        elif token.tag_ == "ADJA" and _after_question_word(words, position):
            token.tag_, token.pos_ = "VVFIN", "VERB"  # "Wem gewährte König Friedrich Wilhelm IV. …?"
            token.lemma_ = tagger.analyze(token.text, pos="VV(FIN)", taglevel=1)[0]


def _after_question_word(words: list[Token], position: int) -> bool:
    """Right after the W-word that opens a direct question with no other finite verb: the verb in
    second place ("Wem gewährte …?", "Wann genehmigte …?"), never an attribute (the W-word of
    "Welche große Stadt" is a determiner, PWAT)."""
    return position == 1 and words[0].tag_ in ("PWS", "PWAV") and words[-1].text == "?" and not any(
        t.tag_ in _FINITE for t in words if t is not words[position])


def _opens_main_clause_without_verb(words: list[Token], position: int) -> bool:
    """Is the token in the first comma stretch of the sentence, a main clause (no conjunction or
    relative pronoun opens it) that has no other finite verb?"""
    end = position
    while end + 1 < len(words) and words[end + 1].tag_ not in ("$,", "$.", "KON"):
        end += 1
    stretch = words[: end + 1]
    if any(t.tag_ in ("$,", "$.") for t in words[:position]):
        return False
    return not any(t.tag_ in _CLAUSE_OPENERS or (t.tag_ in _FINITE and t is not words[position]) for t in stretch)


GUESSED = -25.0  # HanTa's log-probability of a reading it guesses for a word it does not know


def _ge_participle_verb(form: str) -> str:
    """The verb German uses whose regular participle this ge-…-t form is ("geleakt": leaken), or
    "": for a form HanTa does not know as a participle (it reads "geleakt" as a verb "geleaken")."""
    if not (form.startswith("ge") and form.endswith("t")):
        return ""
    stem = form[2:-1].removesuffix("e")
    return next(
        (
            stem + ending
            for ending in ("en", "n")
            if _used_verb(stem + ending) and hanta_tagger().analyze(stem + ending)[1].startswith("VV")
        ),
        "",
    )


def _used_verb(infinitive: str) -> bool:
    from ..extraction.frequency import zipf_frequency

    return zipf_frequency(infinitive, "de") >= 2.0


def _particle_verb(infinitive: str) -> bool:
    """A verb German uses, or a particle before one (wiederveröffentlichen: wieder +
    veröffentlichen, rarer than its participle in wordfreq's counts)."""
    return is_verb(infinitive) or any(
        infinitive.startswith(particle) and _used_verb(infinitive[len(particle) :])
        for particle in SEPARABLE_PARTICLES
    )


def _graded(words: list[Token], position: int) -> bool:
    """A measure or an adjective right before: "5 km entfernt", "eng verwandt" (a verb's
    participle takes neither: UD reads "ist begeistert" as begeistern, and so does quizgen)."""
    if position == 0:
        return False
    before = words[position - 1]
    if before.tag_ == "ADJD":
        return True
    return before.tag_ == "NN" and position > 1 and words[position - 2].tag_ == "CARD"


_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")


def _rare_irregular_participle(form: str, verb: str) -> bool:
    """"verwandt" beside "verwendet": a mixed verb's old participle, rarer than the regular
    one, lives on as an adjective (verwandt, gewandt)."""
    from ..extraction.frequency import zipf_frequency

    stem = verb.removesuffix("en").removesuffix("n")
    if not stem or verb == stem:
        return False
    ending = "et" if stem.endswith(("d", "t")) else "t"
    regular = stem + ending if stem.startswith(_INSEPARABLE) else "ge" + stem + ending
    return regular != form and zipf_frequency(regular, "de") > zipf_frequency(form, "de")


def _at_right_bracket(words: list[Token], position: int) -> bool:
    following = words[position + 1] if position + 1 < len(words) else None
    return following is None or following.tag_ in ("$,", "$.", "$", "$(", "KON", "VAFIN", "VAINF")


def _comma_stretch(words: list[Token], position: int) -> list[Token]:
    start = position
    while start > 0 and words[start - 1].tag_ not in ("$,", "$."):
        start -= 1
    end = position
    while end + 1 < len(words) and words[end + 1].tag_ not in ("$,", "$."):
        end += 1
    return words[start : end + 1]


# Sentences whose tagging is kept (``_tagged``): some 6,000 for the 41 development articles.
SENTENCES = 20_000


@lru_cache(maxsize=SENTENCES)
def _tagged(words: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    """HanTa's (word, lemma, tag) for each word of a sentence. Its Viterbi pass over the
    sentence depends on the words alone; a text analysed again (``make bench`` analyses every
    article, then builds it; a generated line that repeats a sentence) is not tagged twice."""
    return tuple(hanta_tagger().tag_sent(list(words), taglevel=1))


@Language.component("quizgen_hanta")
def hanta_component(doc: Doc) -> Doc:
    tagger = hanta_tagger()
    for sentence in doc.sents:
        words = [token for token in sentence if not token.is_space]
        if not words:
            continue
        tagged = _tagged(tuple(token.text for token in words))
        for token, (_, lemma, tag) in zip(words, tagged, strict=True):
            tag = normalise_tag(tag)
            if not any(char.isalnum() for char in token.text) and not tag.startswith("$"):
                tag = "$." if token.text in (".", "!", "?", "…") else "$("
            elif token.text in (":", ";") and tag == "$":
                tag = "$."  # HanTa's "$(" now and then: "Der Hungerstreik veränderte die Landschaft: Nach 1981 erzielte …"
            token.tag_ = tag
            token.pos_ = upos(tag, token.text)
            token.lemma_ = _lemma(token.text, lemma, tag)
        _verbs_and_adjectives(words, tagger)
        _join_particles(words)
        _participles_as_adjectives(words, tagger)
        _strong_participles(words, tagger)
        refine_sentence(words)
    for token in doc:
        if token.is_space:
            token.tag_, token.pos_, token.lemma_ = "_SP", "SPACE", token.text
    return doc


@Language.component("quizgen_particles")
def particles_component(doc: Doc) -> Doc:
    """Separable verbs for a pipeline whose own tagger filled the STTS tags."""
    for sentence in doc.sents:
        _join_particles([token for token in sentence if not token.is_space])
    return doc
