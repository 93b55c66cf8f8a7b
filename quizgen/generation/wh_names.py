"""Where a name comes from: the question teachers ask of almost every encyclopaedia article.

Readers who judged the worksheets named "Woher hat X seinen Namen?" among the questions they most
wanted for a third of the articles, and no generator asked it: the sentences that answer it do
not fit a role question ("Ihren Namen haben die Inseln von den Galapagos-Riesenschildkröten":
the von-phrase hangs on the noun; "Der Kanton Aargau ist nach der Aare benannt": "Wohin" is
nonsense). Three forms, each only when the clause is plain, indicative and its pronouns resolved:
- "X ist/wurde nach Y benannt" (benennen, umbenennen) → "Wonach ist X benannt?" ("Nach wem" for
  a person) – "nach Y", realised like every role question;
- "X hat/bekam/erhielt seinen Namen von/aus Y" → "Woher hat X seinen Namen?" – "von Y";
- "Der Name X stammt/kommt von/aus Y" → "Woher stammt der Name X?" – "von Y". A bare "Der Name"
  is asked only with the one-word title of the article the sentence before names.
Hearsay ("soll … kommen"), a name origin nobody knows ("weiß niemand") and "daher, dass" (a
clause, not a phrase) are left alone.

``called_questions`` asks for the name itself, which people asked of MLQA paragraphs ("Wie nennt
die Finnen den Valentinstag?", "Unter welchem Namen ist der 14. Februar bekannt?") and no role
question reached: the clause analysis reads a name after "genannt" as a subject or a dative
("Der 1898 fertiggestellte Bau wurde zuerst George Street Market genannt" gave "Wer wurde …
genannt?"). The clause is read as a fixed pattern of its tokens instead:
- "X wird (…) Y genannt" → "Wie wird X (…) genannt?" – Y; "man nennt X (…) Y" → "Wie nennt man
  X (…)?" – Y;
- "X ist (…) als Y / unter dem Namen Y bekannt" → "Unter welchem Namen ist X (…) bekannt?" – Y,
  where Y is a name (capitalised first word, no article, preposition or verb inside: "als Maler
  von Tieren bekannt" is a role, ``wh_content``'s "Als was").
X is a noun phrase that names the thing (not "dieser Tag"; a subject pronoun only with a certain
name), standing before the verb or right after it; the question keeps the clause's other words
("In Finnland" → "in Finnland"), the key leaves out a translation in brackets. A key that is a
common noun ("Wie nennt man das Brötchen in Bayern? – Semmel") asks for a word, not a fact, and
``wellformed`` drops it as readers judged such questions bad.
"""

from __future__ import annotations

import re

from ..model import Analysis, Clause, Constituent, Fact, Question, Sentence, Token
from . import realise, wellformed
from .wh import (
    _answer,
    _main_lemma,
    _pronoun_names,
    _resolver,
    askable_sentences,
    entity_labels,
    phrase_kind,
    span_tokens,
    unambiguous,
)
from .wh_kinds import outside_brackets

NAMING_VERBS = frozenset({"benennen", "umbenennen"})
HAVING_VERBS = frozenset({"haben", "bekommen", "erhalten", "tragen"})  # "hat seinen Namen von …"
ORIGIN_VERBS = frozenset({"stammen", "kommen", "ableiten", "herleiten", "herrühren"})  # "Der Name stammt von …"
ORIGIN_PREPOSITIONS = frozenset({"von", "vom", "aus"})
CALLING_VERBS = frozenset({"nennen"})  # "wird … genannt", "nennt man …"
OPENING_QUOTES = frozenset({"„", "»", "“", '"', "‚"})
CLOSING_QUOTES = frozenset({"“", "«", "”", '"', "‘"})
MAX_NAME_WORDS = 6
# Words the question keeps beside the named thing: adverbs and prepositional phrases ("In Finnland",
# "zuerst", "auch in Japan"), no verb, conjunction or pronoun of another clause.
REST_TAGS = frozenset({"ADV", "ADJD", "APPR", "APPRART", "ART", "ADJA", "NN", "NE", "CARD", "PTKNEG"})


def name_questions(analysis: Analysis, facts: tuple[Fact, ...]) -> list[Question]:
    """The name-origin questions the text answers, in text order."""
    resolve = _resolver()
    labels = entity_labels(facts)
    found: list[Question] = []
    previous: Sentence | None = None
    for sentence, _ in askable_sentences(analysis):
        for clause in sentence.clauses:
            if not clause.sure or clause.kind not in ("main", "coordinated") or clause.mood != "indicative":
                continue
            if clause.finite is None or any(t.tag == "VMFIN" for t in sentence.tokens if t.i in clause.verbs):
                continue  # "soll daher kommen": hearsay
            replace = _pronoun_names(analysis, sentence, clause, resolve)
            if replace is None:
                continue
            lemma = _main_lemma(sentence, clause)
            question = None
            if lemma in NAMING_VERBS:
                question = _named_after(sentence, clause, replace, labels)
            elif lemma in HAVING_VERBS | ORIGIN_VERBS:
                question = _name_from(analysis, sentence, clause, replace, lemma, previous)
            if question is not None:
                found.append(question)
        previous = sentence
    found += called_questions(analysis)
    written = [(q, realise.answer_in_text(str(q.answer), analysis, q.sentence)) for q in found]
    return wellformed.teacher_filter(unambiguous([q for q, form in written if form == q.answer]), analysis)


def called_questions(analysis: Analysis) -> list[Question]:
    """"In Finnland wird der Valentinstag Ystävänpäivä genannt." → Wie wird der Valentinstag in
    Finnland genannt? – Ystävänpäivä; "Die Formel ist seither als Marshall-Lerner-Bedingung
    bekannt." → Unter welchem Namen ist die Formel seither bekannt?"""
    resolve = _resolver()
    found: list[Question] = []
    for sentence, _ in askable_sentences(analysis):
        for clause in sentence.clauses:
            if clause.kind not in ("main", "coordinated") or clause.mood != "indicative" or clause.finite is None:
                continue
            if clause.negation is not None or any(t.tag == "VMFIN" for t in sentence.tokens if t.i in clause.verbs):
                continue  # "wird nicht … genannt", "soll … heißen": no name to learn
            own = outside_brackets([t for t in sentence.tokens if t.i in clause.tokens and t.tag not in ("$.", "$,")])
            replace = _pronoun_names(analysis, sentence, clause, resolve) or {}
            names = {start: name for (start, end), name in replace.items() if end == start + 1}
            question = _called(sentence, clause, own, names) or _known_as(sentence, clause, own, names)
            if question is not None:
                found.append(question)
    return found


def _called(sentence: Sentence, clause: Clause, own: list[Token], names: dict[int, str]) -> Question | None:
    """"X wird (…) Y genannt" and "man nennt X (…) Y": the name is the words before the participle
    or at the end of the clause, the named thing the noun phrase before the verb or after it."""
    if clause.lemma not in CALLING_VERBS or clause.particle is not None or clause.finite is None or len(own) < 4:
        return None
    finite = _finite(sentence, clause)
    if clause.voice == "passive" and own[-1].tag == "VVPP" and own[-1].i != clause.finite:
        name = _name_before(own[:-1])
        if name is None:
            return None
        words = _named_and_rest(sentence, [t for t in own if t.i < name[0].i], clause.finite, names)
        if words is None:
            return None
        named, rest = words
        prompt = " ".join(["Wie", finite, named, *rest, own[-1].text]) + "?"
    elif clause.voice == "active" and own[-1].i != clause.finite and _after(own, clause.finite).text == "man":
        name = _name_before(own)
        if name is None:
            return None
        words = _named_and_rest(sentence, [t for t in own if t.i < name[0].i and t.text != "man"], clause.finite, names)
        if words is None:
            return None
        named, rest = words
        if rest and rest[-1] == "auch":
            rest = rest[:-1]  # "nennt man das Brötchen in Bayern auch": dangling at the question's end, and no key without it
        prompt = " ".join(["Wie", finite, "man", named, *rest]) + "?"
    else:
        return None
    answer = _name_text(name)
    return _question(sentence, clause, prompt, "Wie", answer, (), "wie-genannt")


def _known_as(sentence: Sentence, clause: Clause, own: list[Token], names: dict[int, str]) -> Question | None:
    """"X ist (…) als Y bekannt" or "unter dem Namen Y bekannt", Y a name → Unter welchem Namen ist
    X (…) bekannt? – Y (also "als Y")."""
    finite = next((t for t in sentence.tokens if t.i == clause.finite), None)
    if finite is None or len(own) < 5 or finite.lemma not in ("sein", "werden") or own[-1].text != "bekannt":
        return None  # the tagger may read "ist … bekannt" as a state passive of "bekennen": the words decide
    opener = next((k for k, t in enumerate(own) if t.text == "als" and t.tag == "KOKOM"), None)
    if opener is None:
        opener = next((k + 2 for k, t in enumerate(own[:-3]) if t.text.lower() == "unter" and own[k + 1].text == "dem"
                       and own[k + 2].lemma == "Name"), None)
    if opener is None or opener + 1 >= len(own) - 1:
        return None
    name = own[opener + 1 : -1]
    if not _a_name(name):
        return None
    start = own[opener - 2].i if own[opener].text != "als" else own[opener].i
    words = _named_and_rest(sentence, [t for t in own if t.i < start], finite.i, names)
    if words is None:
        return None
    named, rest = words
    prompt = " ".join(["Unter welchem Namen", _finite(sentence, clause), named, *rest, "bekannt"]) + "?"
    answer = _name_text(name)
    return _question(sentence, clause, prompt, "Unter welchem Namen", answer, (f"als {answer}",), "unter-welchem-namen")


def _name_before(tokens: list[Token]) -> list[Token] | None:
    """The name at the end of ``tokens``: a quotation („Liebhaberfest“), or the run of names and
    nouns there, less a noun an article or adjective makes the head of the named thing ("der
    Valentinstag Ystävänpäivä" → Ystävänpäivä)."""
    end = len(tokens)
    if end and tokens[end - 1].text in CLOSING_QUOTES:
        opening = next((k for k in range(end - 2, -1, -1) if tokens[k].text in OPENING_QUOTES), None)
        if opening is None:
            return None
        return tokens[opening:end] if _a_name(tokens[opening + 1 : end - 1], quoted=True) else None
    start = end
    while start > 0 and tokens[start - 1].tag in ("NE", "FM", "NN"):
        start -= 1
    if start < end and start > 0 and tokens[start - 1].tag in ("ART", "ADJA", "CARD", "PDAT", "PIAT", "PPOSAT"):
        start += 1
    name = tokens[start:end]
    return name if name and _a_name(name) else None


def _a_name(tokens: list[Token], quoted: bool = False) -> bool:
    """A name of a few words with a capital first: no article, preposition, verb, list or clause
    inside ("Día del cariño", "Marshall-Lerner-Bedingung", not "der wichtigste Intellektuelle"),
    except between quotation marks, which make any words a name („die Nacht der Sieben“)."""
    if not tokens or len(tokens) > MAX_NAME_WORDS or any(t.tag in ("$,", "KON") or t.text in "()" for t in tokens):
        return False
    if quoted:
        return not any(t.text in OPENING_QUOTES | CLOSING_QUOTES for t in tokens)
    return tokens[0].text[:1].isupper() and not any(
        t.tag in ("ART", "APPR", "APPRART", "PPER", "PDS", "PRELS") or t.tag.startswith("V") for t in tokens)


def _name_text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens if t.text not in OPENING_QUOTES | CLOSING_QUOTES)


def _named_and_rest(sentence: Sentence, own: list[Token], finite: int, names: dict[int, str]) -> tuple[str, list[str]] | None:
    """The named thing's words and the words the question keeps after it, of the clause's words
    before the name (``own``): the noun phrase before the finite verb (all of it), else the one
    right after it, the other words in the text's order; a subject pronoun before the verb the
    name it stands for (``names``: "Sie wird allgemein Jurassic Coast genannt", "sie" the coast).
    None when the named thing is no plain noun phrase."""
    before = [t for t in own if t.i < finite]
    after = [t for t in own if t.i > finite]
    if len(before) == 1 and before[0].tag == "PPER" and before[0].i in names and after:
        return (names[before[0].i], [t.text for t in after]) if all(t.tag in REST_TAGS for t in after) else None
    if before and _noun_phrase(before) == len(before):
        named, rest = before, after
    else:
        length = _noun_phrase(after)
        if length == 0:
            return None
        named, rest = after[:length], before + after[length:]
    if any(t.tag not in REST_TAGS for t in rest) or any(t.tag in ("PDAT", "PPOSAT") for t in named):
        return None  # "Dieser Tag", "seine Formel": the named thing only context gives; a clause piece
    text = " ".join(t.text for t in named)
    if named[0].tag in ("ART", "ADJA", "PIAT") and realise.sentence_initial(sentence, named[0].i):
        text = text[:1].lower() + text[1:]
    rest_words = [t.text.lower() if realise.sentence_initial(sentence, t.i) and t.tag != "NE" else t.text for t in rest]
    return text, rest_words


def _noun_phrase(tokens: list[Token]) -> int:
    """How many of ``tokens`` make up a noun phrase at their start ("der 1898 fertiggestellte Bau",
    "die Sportteams der Universität"): a determiner, adjectives, nouns, and a genitive after them."""
    k = 0
    if k < len(tokens) and tokens[k].tag in ("ART", "PDAT", "PIAT", "PPOSAT"):
        k += 1
    while k < len(tokens) and tokens[k].tag in ("ADJA", "CARD", "ADV") and k + 1 < len(tokens):
        k += 1
    head = k
    while k < len(tokens) and tokens[k].tag in ("NN", "NE"):
        k += 1
    if k == head:
        return 0
    if k + 1 < len(tokens) and tokens[k].tag == "ART" and tokens[k].text.lower() in ("des", "der"):
        end = k + 1
        while end < len(tokens) and tokens[end].tag == "ADJA":
            end += 1
        if end < len(tokens) and tokens[end].tag in ("NN", "NE"):
            while end < len(tokens) and tokens[end].tag in ("NN", "NE"):
                end += 1
            k = end
    return k


def _after(own: list[Token], index: int) -> Token:
    return next((t for t in own if t.i > index), own[-1])


def _named_after(sentence: Sentence, clause: Clause, replace: dict, labels: dict[str, str]) -> Question | None:
    """"Der Kanton Aargau ist nach der Aare benannt." → Wonach ist der Kanton Aargau benannt?"""
    asked = next((c for c in clause.constituents if c.sure and c.clause is None
                  and _first(sentence, c).text.lower() == "nach"), None)
    subject = clause.role("subject")
    if asked is None or len(subject) != 1 or not (
            (subject[0].start, subject[0].end) in replace
            or any(t.tag in ("NN", "NE") for t in span_tokens(sentence, subject[0].start, subject[0].end))):
        return None  # "Wonach sind die meisten benannt?": the subject must name what was named
    tokens = span_tokens(sentence, asked.start, asked.end)
    word = "Nach wem" if phrase_kind(sentence, asked, tokens, replace, labels) == "person" else "Wonach"
    ask = _answer(sentence, asked, tokens, word, replace)
    if ask is None:
        return None
    prompt = realise.interrogative(sentence, clause, asked, word, replace=replace)
    if prompt is None or "," in prompt:
        return None
    return _question(sentence, clause, prompt, word, ask.answer, ask.accepted)


def _name_from(
    analysis: Analysis, sentence: Sentence, clause: Clause, replace: dict, lemma: str, previous: Sentence | None
) -> Question | None:
    """"Ihren Namen haben die Inseln von den Riesenschildkröten." → Woher haben die Inseln ihren
    Namen? "Der Name Eisenstadt stammt von den Eisenminen." → Woher stammt der Name Eisenstadt?"""
    own = [t for t in sentence.tokens if t.i in clause.tokens]
    names = [t for t in own if t.tag == "NN" and t.lemma == "Name"]
    origin = next((k for k, t in enumerate(own) if t.text.lower() in ORIGIN_PREPOSITIONS and t.tag in ("APPR", "APPRART")), None)
    if len(names) != 1 or origin is None or any(t.tag in ("KOUS", "PAV", "PROAV") for t in own):
        return None  # "daher, dass …": a clause answers, not a phrase
    answer_tokens = _phrase_from(own, origin, clause)
    if len(answer_tokens) < 2 or answer_tokens[-1].tag not in ("NN", "NE") or any(t.tag == "PRF" for t in own):
        return None  # "leitet sich aus dem althochdeutschen scuginna für … ab": cut, and reflexive
    name = names[0]
    if lemma in HAVING_VERBS:
        before = next((t for t in own if t.i == name.i - 1), None)
        if before is None or before.tag != "PPOSAT":
            return None  # "hat den Namen von …" says whose name only by context
        subject = _subject_text(analysis, sentence, clause, replace, stop=answer_tokens[0].i)
        if subject is None:
            return None
        named = f"{before.text.lower()} {name.text}"
        prompt = " ".join(["Woher", _finite(sentence, clause), subject, named, *_right_verbs(sentence, clause)]) + "?"
    else:
        phrase = next((c for c in clause.constituents if c.start <= name.i < c.end), None)
        if phrase is None or _first(sentence, phrase).i != name.i - 1 or _first(sentence, phrase).tag != "ART":
            return None  # "Der Name …", not "ein Name" or "seinen Namen"
        words = [t for t in span_tokens(sentence, phrase.start, phrase.end) if t.i < answer_tokens[0].i]
        text: str | None = " ".join(t.text for t in words)
        if len(words) < 2:
            return None
        if len(words) == 2:
            text = _titled(analysis, previous, " ".join(t.text for t in words))
        if text is None:
            return None
        prompt = " ".join(["Woher", _finite(sentence, clause), _lowered(text), *_right_verbs(sentence, clause)]) + "?"
    answer = realise.render(sentence, answer_tokens[0].i, answer_tokens[-1].i + 1)
    bare = realise.render(sentence, answer_tokens[1].i, answer_tokens[-1].i + 1)
    return _question(sentence, clause, prompt, "Woher", answer, (bare,))


def _phrase_from(own: list[Token], start: int, clause: Clause) -> list[Token]:
    """The von/aus-phrase from ``start`` to the next verb, comma or end of the clause."""
    phrase = []
    for token in own[start:]:
        if token.i in clause.verbs or token.i == clause.particle or token.tag.startswith("$") or token.tag == "KON":
            break
        phrase.append(token)
    return phrase


def _subject_text(analysis: Analysis, sentence: Sentence, clause: Clause, replace: dict, stop: int) -> str | None:
    subjects = clause.role("subject")
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if (subject.start, subject.end) in replace:
        return replace[(subject.start, subject.end)]
    end = min(subject.end, stop) if subject.start < stop else subject.end
    words = span_tokens(sentence, subject.start, end)
    title = analysis.article.title.strip()
    if len(words) == 2 and words[0].tag == "ART" and words[1].tag == "NN" and re.fullmatch(r"[\wäöüßÄÖÜ]+", title) \
            and title.lower().endswith(words[1].text.lower()) and len(title) > len(words[1].text):
        return f"{words[0].text.lower()} {title}"  # "die Inseln" in the article on the Galapagosinseln
    text = realise.phrase(sentence, subject.start, end, replace)
    return text or None


def _titled(analysis: Analysis, previous: Sentence | None, text: str) -> str | None:
    """"Der Name" after a sentence naming the article's one-word title: "der Name Eisenstadt"."""
    title = analysis.article.title.strip()
    if previous is None or not re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]+", title):
        return None
    if not any(t.text == title for t in previous.tokens):
        return None
    return f"{text} {title}"


def _finite(sentence: Sentence, clause: Clause) -> str:
    return next(t.text for t in sentence.tokens if t.i == clause.finite)


def _right_verbs(sentence: Sentence, clause: Clause) -> list[str]:
    """The verbs after the finite one and a separated particle, in text order: the right bracket."""
    return [t.text for t in sentence.tokens if (t.i in clause.verbs or t.i == clause.particle) and t.i != clause.finite]


def _lowered(text: str) -> str:
    return text[:1].lower() + text[1:] if text.split()[0] in ("Der", "Die", "Das") else text


def _first(sentence: Sentence, constituent: Constituent) -> Token:
    return next(t for t in sentence.tokens if t.i == constituent.start)


def _question(sentence: Sentence, clause: Clause, prompt: str, word: str, answer: str, accepted: tuple[str, ...],
              skill: str = "") -> Question | None:
    if not wellformed.well_formed_question(prompt, word=word, verbs=tuple(_right_verbs(sentence, clause))):
        return None
    if answer.lower() in prompt.lower():
        return None
    return Question(
        id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
        explanation=f"Im Text steht: „{sentence.text}“", accepted=tuple(v for v in accepted if v and v != answer),
        focus="content", skill=skill or word.lower(),
    )
