"""The one error the renderers raise."""


class RenderError(Exception):
    """A document that cannot be rendered (a missing language, an unknown format…).

    The message is one line, fit to show a user as it is.
    """
