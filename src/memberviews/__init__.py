"""memberviews: the UN "views of Member States" reporting cycle, from mandate to archive."""

__version__ = "0.1.0"
