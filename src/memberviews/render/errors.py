"""The one error the renderers raise."""

from memberviews.core.display import one_line


class RenderError(Exception):
    """A document that cannot be rendered (a missing language, an unknown format…).

    The message is one line, fit to show a user as it is (see ReportError).
    """

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))
