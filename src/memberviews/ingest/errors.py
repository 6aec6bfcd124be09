"""The one error ingest raises for input it cannot read as a report."""

from memberviews.core.display import one_line


class ReportError(Exception):
    """The file is unreadable or is not a "views of Member States" report.

    The message is one line, fit to show a user as it is: a file name's line breaks,
    control characters and bytes that are not UTF-8 are escaped.
    """

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))
