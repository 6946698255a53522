#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace lantern {

// Who may read a file Lantern writes. Everything from a vault is the owner's alone. A sealed staff submission
// is written into a shared inbox that the DSL's own account must read: it may be opened by the folder's group
// (mode 0660 less the umask) — its content is sealed to the vault's key, so the group learns nothing from it.
enum class FileAccess { OwnerOnly, OwnerAndGroup };

// Replaces `path` with `bytes` so that after a crash or power cut the file holds either the old content or
// the new, never a mixture: the bytes go to a temporary file (mode 0600, or 0660 for OwnerAndGroup, less the
// umask) in the same directory, are fsynced, and are renamed over `path`; the directory is then fsynced so
// the rename itself is durable. A full disk throws Error(NoSpace) and leaves the original untouched; any
// other failure throws Error(Io).
void writeFileAtomically(const QString& path, const QByteArray& bytes,
                         FileAccess access = FileAccess::OwnerOnly);

// Moves `from` to `to` (in the same file system) with one rename, then flushes both folders so the move
// survives a power cut. Refuses to replace an existing `to`. Throws Error(Io) naming both.
void moveFileDurably(const QString& from, const QString& to);

// Copies `from` to `to` as writeFileAtomically writes: into a temporary file beside `to`, synced, then
// renamed into place (replacing nothing: `to` must not exist), so `to` is the whole file or absent. `copied`
// is told the bytes copied so far after each block; if it returns false the copy stops, nothing is left at
// `to`, and the result is empty. Returns the SHA-256 of the bytes copied. Reading `from` fails as
// readWholeFile does; writing fails as writeFileAtomically does (Error(NoSpace) for a full disk).
QByteArray copyFileDurably(const QString& from, const QString& to,
                           const std::function<bool(qint64 copied)>& copied = {});

// The SHA-256 of a file's bytes, read in blocks. Fails as readWholeFile does.
QByteArray sha256OfFile(const QString& path);

// Reads a file someone else may have put there: only a regular file, not through a link, of at most
// `maxBytes`. Error(InvalidInput) with the reason ("it is a link, not a file", "it is a device, not a file",
// "it is larger than …") for anything else; NotFound and Io as readWholeFile. Never blocks on a pipe or
// device, never reads past maxBytes.
QByteArray readRegularFile(const QString& path, qint64 maxBytes);
// The same for a file Lantern wrote that may have been tampered with (a backup's manifest, an anchor): what
// readRegularFile refuses is Error(Damaged) naming the file ("FILE: it is a link, not a file.").
QByteArray readOwnSmallFile(const QString& path, qint64 maxBytes);

// Reads a whole file. A missing file throws Error(NotFound); any other failure throws Error(Io).
QByteArray readWholeFile(const QString& path);

} // namespace lantern
