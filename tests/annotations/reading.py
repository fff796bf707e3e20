"""What the analysis finds in a text, in the shapes the tests compare: one definition for the
test modules of the recognisers."""

from datetime import date

from annotations.nlp.pipeline import analyse


def labelled(text: str, published: date | None = None) -> set[tuple[str, str]]:
    """The entities found in `text`, as (name, label) pairs."""
    return {(entity.text, entity.label) for entity in analyse(text, published=published).entities}
