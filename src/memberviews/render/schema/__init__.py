"""The Akoma Ntoso 3.0 schema shipped with memberviews, and validation against it.

The XSD files beside this module (see ``README.md``) are loaded from the package once per
process; their import of ``xml.xsd`` is served from the package too, and every parse runs
with network access and entity expansion switched off, so validating never downloads
anything and an XML bomb expands nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any, cast

from lxml import etree

__all__ = ["validate_akn"]

_FILES = ("akomantoso30.xsd", "xml.xsd")
# A schema's error log belongs to its last validation, so validations take turns.
_LOCK = threading.Lock()


def validate_akn(xml: bytes) -> list[str]:
    """Returns what makes ``xml`` invalid against the Akoma Ntoso 3.0 schema; empty if valid.

    Each problem is one line (``line 12: Element '…': Missing child element(s)…``). XML
    that is not well formed is reported as such, and a document with a DOCTYPE is refused
    outright: Akoma Ntoso needs none, and a DOCTYPE is how entities get declared.
    """
    try:
        root = etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError as error:
        return [f"not well-formed XML: {error}"]
    if root.getroottree().docinfo.internalDTD is not None:
        return ["a DOCTYPE is not allowed in Akoma Ntoso XML (it can declare entities)"]
    schema = _schema()
    with _LOCK:
        if schema.validate(root):
            return []
        # lxml-stubs do not declare that an error log iterates over its entries.
        entries = cast(Iterable[Any], schema.error_log)
        return [f"line {entry.line}: {entry.message}" for entry in entries]


class _PackagedFiles(etree.Resolver):
    """Serves the schema's imports from the package instead of a path or a URL."""

    def resolve(self, system_url: str, public_id: str, context: Any = None) -> Any:
        name = system_url.rsplit("/", 1)[-1]
        if name in _FILES:
            return self.resolve_string(_read(name), context, base_url=None)
        return None


def _read(name: str) -> bytes:
    return files(__name__).joinpath(name).read_bytes()


def _parser() -> etree.XMLParser:
    return etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)


@cache
def _schema() -> etree.XMLSchema:
    """The Akoma Ntoso 3.0 schema, compiled once per process (about 0.2 s)."""
    parser = _parser()
    parser.resolvers.add(_PackagedFiles())
    xsd = etree.fromstring(_read(_FILES[0]), parser, base_url=_FILES[0])
    return etree.XMLSchema(xsd)
