"""Text analysis for the archive's search, with no database: words and stems in six
languages, Chinese segmentation, the query language, the multilingual term list."""
