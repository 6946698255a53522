#pragma once

#include "export/PrintDocument.h"
#include "records/ChronologyEntry.h"
#include "records/Pupil.h"

#include <QDateTime>
#include <QList>

namespace lantern {

// A child's chronology as a printable document: who it is about, which entries (the filter as words), and a
// table of date, type, what happened, source and significance, marked OFFICIAL-SENSITIVE. The PDF's
// metadata title is only "Chronology"; the child's name is in the subtitle, inside the document. Saving it as
// a file, with its audit entry, is the model's (export/ChronologyExport.h).
PrintDocument chronologyDocument(const Pupil& pupil, const QList<ChronologyEntry>& entries,
                                 const QString& filterDescription, const QDateTime& producedAtUtc);

} // namespace lantern
