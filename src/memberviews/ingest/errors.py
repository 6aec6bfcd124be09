"""The one error ingest raises for input it cannot read as a report."""


class ReportError(Exception):
    """The file is unreadable or is not a "views of Member States" report.

    The message is one line, fit to show a user as it is.
    """
