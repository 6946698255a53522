#pragma once

#include "import/RosterRecord.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QIODevice>
#include <optional>

namespace lantern {

// The bytes of a roster file, read in fixed-size chunks so that a 50 MB export never sits in memory whole.
// Every chunk is checked to be UTF-8 as it goes past (a school's MIS may still save Windows-1252 or UTF-16,
// and a name silently turned into "Zo�" is worse than a refused file), counted for progress and hashed, so
// the importer can tell that the file it applies is the file the dry run read.
class RosterInput {
public:
    static constexpr qint64 chunkSize = 64 * 1024;

    explicit RosterInput(QIODevice& device);

    // The next chunk of valid UTF-8 (a UTF-8 byte-order mark at the start is dropped); empty at the end of
    // the file or once the input is not UTF-8 (problem() says where).
    QByteArray read();
    bool atEnd() const { return m_atEnd; }

    const std::optional<RosterProblem>& problem() const { return m_problem; }
    qint64 bytesRead() const { return m_bytesRead; }
    // The device's size, or 0 when it cannot tell (a pipe).
    qint64 totalBytes() const { return m_total; }
    // SHA-256 of every byte read so far.
    QByteArray hash() const { return m_hash.result(); }

private:
    // Length of the valid prefix of `bytes`; sets m_problem at the first byte that is not UTF-8.
    qsizetype validate(const QByteArray& bytes);

    QIODevice& m_device;
    qint64 m_bytesRead = 0;
    qint64 m_total = 0;
    qint64 m_line = 1; // line of the next byte
    bool m_atEnd = false;
    bool m_first = true;
    // UTF-8 decoding state carried across chunks: continuation bytes still expected, and the range the next
    // one must fall in (narrower after E0, ED, F0 and F4, which is how overlong forms and surrogates are kept
    // out).
    int m_need = 0;
    unsigned char m_low = 0x80;
    unsigned char m_high = 0xBF;
    std::optional<RosterProblem> m_problem;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

// "the file is not UTF-8 (line N): save it as UTF-8 from your MIS", and its UTF-16 variant.
QString notUtf8Message(qint64 line);

} // namespace lantern
