"""Fill the German .ts from a table: ``python scripts/fill_translations.py table.json``.

After ``pyside6-lupdate printproof/ui/*.py -ts resources/translations/printproof_de.ts -no-obsolete``
new strings are "unfinished"; this writes the German for each one the table (source → German) knows,
and lists the ones still missing.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "printproof_de.ts"


def main(table_path: str) -> int:
    table = json.loads(Path(table_path).read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    missing = []
    for context in tree.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text
            translation = message.find("translation")
            if translation.get("type") != "unfinished" and translation.text:
                continue
            german = table.get(f"{name}|{source}", table.get(source))
            if german is None:
                missing.append(f"{name}\t{source}")
                continue
            translation.text = german
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print("\n".join(missing))
    print(f"{len(missing)} still missing", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
