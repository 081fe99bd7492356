"""The spaCy pipeline: only the components the extractors use, built over NLTK's tokens."""

from __future__ import annotations

import subprocess
import sys

import pytest

import workbench as wb
from workbench.nlp import load_model, to_doc


def test_the_pipeline_has_every_component_the_extractors_read_and_no_sentence_recogniser() -> None:
    nlp = load_model()
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    assert "senter" not in nlp.component_names  # excluded, not only disabled: never loaded
    assert load_model() is nlp  # loaded once


def test_the_pipeline_parses_docs_built_from_nltk_tokens() -> None:
    report = wb.load_report(text="Talks ended.\n\nThe minister said the ceasefire would hold until Friday.")
    doc = load_model()(to_doc(report))
    assert [t.text for t in doc] == report.tokens["text"].tolist()
    said = next(t for t in doc if t.text == "said")
    assert said.lemma_ == "say" and said.pos_ == "VERB"
    assert any(t.dep_ == "nsubj" and t.head.i == said.i for t in doc)


def test_raw_text_is_refused_with_a_clear_error_rather_than_tokenised_differently() -> None:
    with pytest.raises(wb.WorkbenchError, match="to_doc"):
        load_model()("The minister said so.")


def test_spacy_info_and_cli_still_work_after_workbench_imported_spacy() -> None:
    probe = (
        "import sys\nfrom workbench.nlp import import_spacy\nspacy = import_spacy()\n"
        "assert 'typer' not in sys.modules\nimport spacy.cli\n"
        "print(spacy.cli.info.__module__, spacy.info(silent=True)['spacy_version'] == spacy.__version__)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["spacy.cli.info", "True"]  # the real CLI, and spacy.info forwards to it
