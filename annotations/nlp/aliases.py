"""Editor aliases: matched before the model, which keeps them as they are (`entities`)."""

from spacy.language import Language
from spacy.pipeline import SpanRuler

from annotations.nlp.normalise import normalise
from annotations.nlp.types import ENTITY_LABELS


def alias_ruler(nlp: Language, aliases: dict[str, tuple[str, str]]) -> SpanRuler:
    """A SpanRuler writing the editor aliases (surface → (canonical, label)) into doc.ents, as
    phrase patterns, which `nlp.pipe` reads: give it a pipeline with only the model's tokenizer."""
    ruler = SpanRuler(nlp, name="saga_aliases", spans_key=None, annotate_ents=True, overwrite=True)
    patterns = []
    for surface, (canonical, label) in sorted(aliases.items()):
        if label not in ENTITY_LABELS:
            raise ValueError(f"alias {surface!r}: label {label!r} is not one of {', '.join(ENTITY_LABELS)}")
        phrase = "".join(t.text_with_ws for t in nlp.make_doc(normalise(surface)) if not t.is_space).strip()
        if phrase:
            patterns.append({"label": label, "pattern": phrase, "id": canonical})
    ruler.add_patterns(patterns)
    return ruler
