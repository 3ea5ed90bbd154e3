"""Each cleaner module binds a pattern's name once: a second binding of the same name quietly replaces the
first, and the rule written for it then runs with the other pattern."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import cleaners

MODULES = sorted(Path(cleaners.__file__).parent.glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_a_modules_names_are_bound_once(path):
    bound: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in bound:
                twice.append(f"{name}: lines {bound[name]} and {node.lineno}")
            bound[name] = node.lineno
    assert not twice
