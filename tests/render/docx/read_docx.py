#!/usr/bin/env python3
"""Prints a .docx as python-docx reads it: body paragraphs, then each table
row with cells joined by " | ". Used by tests/render/docx/docx_test.cpp."""
import sys

import docx

doc = docx.Document(sys.argv[1])
for p in doc.paragraphs:
    if p.text.strip():
        print("P\t" + p.text.replace("\n", " "))
for t in doc.tables:
    for row in t.rows:
        print("R\t" + " | ".join(c.text.replace("\n", " ") for c in row.cells))
