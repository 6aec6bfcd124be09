"""A real SMTP server on loopback (aiosmtpd), for the tests that send e-mail.

Addresses starting ``refused`` are refused for good (550); those starting ``busy`` are
turned away once (451) and accepted when tried again."""

from __future__ import annotations

import socket
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.header import decode_header, make_header
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller


@dataclass
class Received:
    recipients: list[str]
    message: Message


@dataclass
class Mailbox:
    received: list[Received] = field(default_factory=list)
    turned_away: Counter[str] = field(default_factory=Counter)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address.startswith("refused"):
            return "550 5.1.1 No such mailbox"
        if address.startswith("busy") and not self.turned_away[address]:
            self.turned_away[address] += 1
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(
            Received(list(envelope.rcpt_tos), message_from_bytes(envelope.content))
        )
        return "250 Message accepted for delivery"


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def smtp(settings: Any) -> Iterator[Mailbox]:
    """Starts the server, points Django's SMTP backend at it, and yields its mailbox."""
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = controller.port
        yield mailbox
    finally:
        controller.stop()


def payload(message: Message, content_type: str = "text/plain") -> bytes:
    """The decoded bytes of the message's first part of ``content_type``."""
    part = next(p for p in message.walk() if p.get_content_type() == content_type)
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    return data


def subject(message: Message) -> str:
    """The message's subject, decoded from its MIME words."""
    return str(make_header(decode_header(message["Subject"])))
