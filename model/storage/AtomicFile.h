#pragma once

#include <QByteArray>
#include <QString>

namespace lantern {

// Replaces `path` with `bytes` so that after a crash or power cut the file holds either the old content or
// the new, never a mixture: the bytes go to a temporary file (mode 0600) in the same directory, are fsynced,
// and are renamed over `path`; the directory is then fsynced so the rename itself is durable. A full disk
// throws Error(NoSpace) and leaves the original untouched; any other failure throws Error(Io).
void writeFileAtomically(const QString& path, const QByteArray& bytes);

// Reads a whole file. A missing file throws Error(NotFound); any other failure throws Error(Io).
QByteArray readWholeFile(const QString& path);

} // namespace lantern
