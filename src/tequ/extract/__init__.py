"""Extraction stages: Document in, annotations with original-text spans out."""
