#!/usr/bin/env python3
"""Writes the hand-made variants of the seed corpus (see README.md) from the seeds Lantern made.

Run from tests/fuzz/corpus/ after the seeds it reads are in place: demo-pack.zip, demo-keyslots.json,
backup.json, anchor.json and the submission and profile seeds.
"""
import hashlib
import io
import json
import shutil
import zipfile


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def zip_of(entries, method=zipfile.ZIP_STORED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, (2026, 11, 20, 12, 0, 0)), data, compress_type=method)
    return out.getvalue()


# Pack verify: the demo pack stored (not deflated) with a small PDF and the manifest to match, so that a
# mutation lands in readable data; then the pack's usual faults.
pack = "PackVerifyFuzzer/"
with zipfile.ZipFile(pack + "demo-pack.zip") as z:
    manifest = json.loads(z.read("manifest.json"))
    referral = z.read("referral.json")
pdf = b"%PDF-1.4\n%fuzz seed\n%%EOF\n"
for f in manifest["files"]:
    data = referral if f["path"] == "referral.json" else pdf
    f["size"] = len(data)
    f["sha256"] = hashlib.sha256(data).hexdigest()
manifest.pop("audit_anchor", None)
manifest_bytes = json.dumps(manifest, indent=1).encode()
good = [("manifest.json", manifest_bytes), ("referral.json", referral), ("referral.pdf", pdf)]
write(pack + "stored-pack.zip", zip_of(good))
write(pack + "bad-extra-and-repeated.zip",
      zip_of(good + [("../outside.txt", b"x"), ("referral.pdf", pdf), ("attachments/note.txt", b"note")]))
write(pack + "bad-manifest-only.zip", zip_of([("manifest.json", manifest_bytes)], zipfile.ZIP_DEFLATED))
write(pack + "bad-referral-not-object.zip",
      zip_of([("manifest.json", manifest_bytes), ("referral.json", b"[1,2]"), ("referral.pdf", b"PDF")]))
write(pack + "bad-empty.zip", zip_of([]))
with open(pack + "demo-pack.zip", "rb") as f:
    write(pack + "bad-truncated.zip", f.read()[:1500])
# A manifest alone: PackVerifyFuzzer stores bytes that are not a ZIP as the manifest.json of a pack with a
# fixed referral.json and referral.pdf (see there); this one lists those two as they are.
fixed = {"referral.json": b'{"schema_version":"1.1.0","child":{},"referrer":{}}', "referral.pdf": b"%PDF-1.4\n%%EOF\n"}
for f in manifest["files"]:
    f["size"] = len(fixed[f["path"]])
    f["sha256"] = hashlib.sha256(fixed[f["path"]]).hexdigest()
write(pack + "manifest.json", json.dumps(manifest, indent=1).encode())

# keyslots.json: the demo's (version 3), as versions 2 and 1 would have it, and faults.
slots = "KeySlotFileFuzzer/"
with open(slots + "demo-keyslots.json", "rb") as f:
    demo = json.loads(f.read())
v2 = json.loads(json.dumps(demo))
v2["version"] = 2
for s in v2["slots"]:
    s.pop("compartments", None)
write(slots + "keyslots-v2.json", json.dumps(v2, indent=1).encode())
v1 = json.loads(json.dumps(v2))
v1["version"] = 1
for key in ("generation", "mac"):
    v1.pop(key, None)
for s in v1["slots"]:
    s.pop("role", None)
write(slots + "keyslots-v1.json", json.dumps(v1).encode())
twice = json.loads(json.dumps(demo))
twice["slots"].append(twice["slots"][0])
write(slots + "bad-repeated-slot.json", json.dumps(twice).encode())
newer = json.loads(json.dumps(demo))
newer["version"] = 99
write(slots + "bad-newer.json", json.dumps(newer).encode())
with open(slots + "demo-keyslots.json", "rb") as f:
    write(slots + "bad-truncated.json", f.read()[:700])

# Backup files: a manifest naming a path out of the folder, an anchor cut short.
backup = "BackupFilesFuzzer/"
with open(backup + "backup.json", "rb") as f:
    manifest = json.loads(f.read())
manifest["files"][0]["name"] = "../keyslots.json"
write(backup + "bad-backup-path.json", json.dumps(manifest).encode())
with open(backup + "anchor.json", "rb") as f:
    write(backup + "bad-truncated-anchor.json", f.read()[:400])

# The JSON reader: one file of each format, and numbers, base64 and nesting at their edges.
json_dir = "JsonReaderFuzzer/"
for source in ("InboxSubmissionFuzzer/concern-payload.json", "StaffProfileFuzzer/profile-v2.json",
               "StaffProfileFuzzer/staff-key.json", "BackupFilesFuzzer/backup.json"):
    shutil.copy(source, json_dir + source.split("/")[1])
write(json_dir + "edges.json",
      b'{"big":1e400,"neg":-1,"frac":2.5,"exact":9007199254740993,"b64":"QUJD","badb64":"QU=JD",'
      b'"empty":"","t":true,"n":null,"a":[1,"x",{}],"o":{"format":"lantern-fuzz","version":4,"o":{"x":1}}}')
write(json_dir + "not-object.json", b'[{"a":1}]')
