"""The STTS tag set: HanTa's spelling of it, and the mapping to Universal POS."""

from __future__ import annotations

# STTS → Universal POS, as UD German treebanks map it.
STTS_TO_UPOS: dict[str, str] = {
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV",
    "APPO": "ADP", "APPR": "ADP", "APPRART": "ADP", "APZR": "ADP",
    "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ",
    "KOKOM": "CCONJ", "KON": "CCONJ", "KOUI": "SCONJ", "KOUS": "SCONJ",
    "NE": "PROPN", "NN": "NOUN", "NNE": "PROPN",
    "PAV": "ADV", "PROAV": "ADV", "PDAT": "DET", "PDS": "PRON", "PIAT": "DET", "PIDAT": "DET",
    "PIS": "PRON", "PPER": "PRON", "PPOSAT": "DET", "PPOSS": "PRON", "PRELAT": "DET",
    "PRELS": "PRON", "PRF": "PRON", "PWAT": "DET", "PWAV": "ADV", "PWS": "PRON",
    "PTKA": "PART", "PTKANT": "PART", "PTKNEG": "PART", "PTKVZ": "ADP", "PTKZU": "PART",
    "TRUNC": "X", "XY": "X",
    "VAFIN": "AUX", "VAIMP": "AUX", "VAINF": "AUX", "VAPP": "AUX",
    "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX",
    "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB",
    "$,": "PUNCT", "$.": "PUNCT", "$(": "PUNCT", "_SP": "SPACE",
}

FINITE_VERBS = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP"})
FULL_VERBS = frozenset({"VVFIN", "VVIMP", "VVINF", "VVIZU", "VVPP"})


def normalise_tag(tag: str) -> str:
    """HanTa writes some STTS tags with brackets: ``ADJ(A)`` → ``ADJA``, ``VV(FIN)`` → ``VVFIN``."""
    tag = tag.replace("(", "").replace(")", "")
    return {"PAV": "PROAV", "PIDAT": "PIAT", "NNA": "NN", "NNI": "NN"}.get(tag, tag)


def upos(tag: str, text: str = "") -> str:
    """Universal POS for an STTS tag (``X`` for unknown tags)."""
    if tag in STTS_TO_UPOS:
        return STTS_TO_UPOS[tag]
    if text and not any(char.isalnum() for char in text):
        return "PUNCT"
    return "X"
