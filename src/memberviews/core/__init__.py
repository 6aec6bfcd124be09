"""The document model and the vocabularies every other part shares. Imports no Django."""
