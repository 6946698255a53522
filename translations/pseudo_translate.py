#!/usr/bin/env python3
"""Makes Lantern's pseudo-locale from a Qt Linguist catalogue.

Every source string becomes "[Ŀåñţéŕñ ···]": letters accented, about 30% longer, in brackets. Running the client
with LANTERN_PSEUDO_LOCALE=1 then shows at a glance any text that skipped tr() (no brackets) and any label too
narrow for a longer language (clipped brackets). Placeholders (%1, %n, %L1), mnemonics (&F), HTML tags and
entities are kept as they are, so the result still works.

Usage: pseudo_translate.py SOURCE.ts OUTPUT.ts
"""
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Things that must survive untouched: placeholders, HTML tags and entities, a mnemonic's letter, escapes.
PROTECTED = re.compile(r"%L?\d+|%n|<[^>]*>|&[a-zA-Z]+;|&#\d+;|&&|&(?=\w)\w|\\.")


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    parts = []
    position = 0
    for match in PROTECTED.finditer(text):
        parts.append(text[position:match.start()].translate(ACCENTS))
        parts.append(match.group(0))
        position = match.end()
    parts.append(text[position:].translate(ACCENTS))
    padding = "·" * max(1, round(len(text) * 0.3))
    return "[" + "".join(parts) + " " + padding + "]"


def main() -> int:
    source, output = sys.argv[1], sys.argv[2]
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en_GB")
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)  # "unfinished" would make lrelease skip it
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):  # English has two plural forms
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
    tree.write(output, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
