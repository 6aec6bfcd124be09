"""Small consultations for the compose tests, written as the officer would write them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from memberviews.compose import Consultation, load_consultation

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "A-67-131.consultation.yaml"

BASE: dict[str, Any] = {
    "symbol": "A/67/131",
    "date": "2012-07-09",
    "job_numbers": {"zh": "12-41312", "en": "12-40988"},
    "mandate": {
        "resolution": "66/32",
        "paragraph": 8,
        "adopted": "2011-12-02",
        "title": {
            "en": "Promoting multilateralism in the area of disarmament and non-proliferation"
        },
    },
    "request": {"date": "2012-02-13"},
    "agenda": {"item": "94 (h)", "preliminary_list": True},
    "cut_off": "2012-06-30",
    "replies": [],
}


def reply(
    sender: str | dict[str, str],
    original: str,
    when: str,
    texts: dict[str, Any] | None = None,
    *,
    organization: bool = False,
    received: str | None = None,
) -> dict[str, Any]:
    """A reply whose text in its original language says who sent it."""
    out: dict[str, Any] = {
        "organization" if organization else "state": sender,
        "original_language": original,
        "date": when,
        "texts": texts if texts is not None else {original: [f"Text of {sender} in {original}."]},
    }
    if received:
        out["date_of_receipt"] = received
    return out


def consultation_data(**changes: Any) -> dict[str, Any]:
    """The base consultation with top-level fields replaced."""
    data = copy.deepcopy(BASE)
    data.update(changes)
    return data


def write(tmp_path: Path, data: Any, name: str = "consultation.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def load(tmp_path: Path, **changes: Any) -> Consultation:
    return load_consultation(write(tmp_path, consultation_data(**changes)))
