"""The one error an action raises for input it refuses: a message for the user, one line."""

from __future__ import annotations


class ActionError(Exception):
    """An action refused its input; nothing was changed. ``str(error)`` is for the user."""
