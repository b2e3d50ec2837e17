#!/usr/bin/env python3
"""Completes aktenwerk_en.ts: the English text is the source text itself.

Run after `cmake --build build --target update_translations`. Plural messages (%n) get a
singular and a plural form derived from the "(s)" in the source ("%n year(s)" -> "%n year",
"%n years"). German is translated by hand in aktenwerk_de.ts.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "aktenwerk_en.ts"
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") not in ("unfinished", None):
        continue
    if translation.get("type") is None and (translation.text or len(translation)):
        continue
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in (re.sub(r"\((e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source)):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
    filled += 1

with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
print(f"{path}: {filled} messages completed")
