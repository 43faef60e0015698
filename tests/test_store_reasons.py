"""Reasons are kept as a JSON list; the store reads the plain ones without json (pacer.store._json_list)."""

import json

import pytest

from pacer.store import _json_list


@pytest.mark.parametrize("reasons", [
    [], [""], ["calm"], ["i deserve calm", "sleep"], ["a, b", "c]", "[d"], ['say "no"'], ["back\\slash"],
    ["naïve", "café ☕"], ["line\nbreak"], ['", "'], ["a", "", "b"], ["tab\there"],
])
def test_reasons_read_back_as_written(reasons):
    assert _json_list(json.dumps(reasons)) == reasons


@pytest.mark.parametrize("text", ['["a","b"]', '[ "a" ]', '["a", 1]', '["x"]'])
def test_other_json_forms_are_read_by_json(text):
    assert _json_list(text) == json.loads(text)
