"""Saga's NLP layer: text in, spans out. No Django here, and no spaCy anywhere else.

    from annotations.nlp.pipeline import analyse, analyse_many
    from annotations.nlp.types import Analysis

    analysis = analyse(text, fmt="text", language="fr", published=None, aliases=None)
    for analysis in analyse_many([(text, "markdown", published), ...]):
        ...

Every offset is a Python str index into the text exactly as given, end exclusive.

This package imports nothing itself: `annotations.nlp.pipeline` imports spaCy's French (some 5 s
of compiling its tokenizer's exceptions), and the review desk reads claims' check-worthiness
signals with `annotations.nlp.checkworthiness` alone, so every process (web, `manage.py check`,
`migrate`) would pay for it at start. Only the code that analyses text imports the pipeline
(tests/test_startup.py).
"""
