"""The archive: every published report, its replies and their text in every language version,
searchable across States, years and languages."""
