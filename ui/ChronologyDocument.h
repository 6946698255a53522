#pragma once

#include "export/PrintDocument.h"
#include "records/ChronologyEntry.h"
#include "records/Pupil.h"

#include <QDateTime>
#include <QList>

namespace lantern {

class Vault;

// A child's chronology as a printable document: who it is about, which entries (the filter as words), and a
// table of date, type, what happened, source and significance, marked OFFICIAL-SENSITIVE. The PDF's
// metadata title is only "Chronology"; the child's name is in the subtitle, inside the document.
PrintDocument chronologyDocument(const Pupil& pupil, const QList<ChronologyEntry>& entries,
                                 const QString& filterDescription, const QDateTime& producedAtUtc);

// Saves the document as a PDF at `path` (atomically), with a "chronology.export" audit entry in the same
// transaction: the file is written only if the audit entry is, and the entry stays only if the file was
// written. Requires Permission::Export. Throws Error.
void exportChronologyPdf(Vault& vault, qint64 pupilId, const PrintDocument& document, int entryCount,
                         const QString& path);

} // namespace lantern
