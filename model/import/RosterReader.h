#pragma once

#include "import/RosterInput.h"
#include "import/RosterRecord.h"

#include <QDate>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace lantern {

enum class RosterFormat { Ctf, Csv };

// Reads pupils from a roster file one at a time, holding only the pupil being read: the file is streamed
// (RosterInput), never loaded whole. Readers never throw on bad input; they report it.
class RosterReader {
public:
    // `today` is the school's date, for "currently" in histories (is a free-school-meals period still open?).
    RosterReader(QIODevice& device, const QDate& today);
    virtual ~RosterReader() = default;
    RosterReader(const RosterReader&) = delete;
    RosterReader& operator=(const RosterReader&) = delete;

    // The next pupil, with whatever was wrong with it in record.problems; std::nullopt at the end of the
    // file, or at a problem that leaves the rest of it unreadable (fatalProblem() then says what and where).
    virtual std::optional<RosterRecord> next() = 0;

    // The problem that stopped reading (not UTF-8, not well-formed XML, no UPN column…); the whole file is
    // refused for it.
    std::optional<RosterProblem> fatalProblem() const;
    // Things the school should know that reject nothing: columns or elements ignored, an unknown CTF version,
    // a CTF that calls itself partial.
    const QStringList& notes() const { return m_notes; }
    // For a CTF, what its header says: "full", "partial" or empty.
    virtual QString documentQualifier() const { return {}; }

    qint64 bytesRead() const { return m_input.bytesRead(); }
    qint64 totalBytes() const { return m_input.totalBytes(); }
    QByteArray fileHash() const { return m_input.hash(); }

    // A CTF when the name ends in .xml or the text starts with "<?xml" or "<CTfile" (after a byte-order mark
    // or white space); a CSV otherwise. `start` is the first bytes of the file.
    static RosterFormat detect(const QString& fileName, const QByteArray& start);
    static std::unique_ptr<RosterReader> create(RosterFormat format, QIODevice& device, const QDate& today);

protected:
    void fail(qint64 line, const QString& message);
    void note(const QString& text);

    RosterInput m_input;
    QDate m_today;
    std::optional<RosterProblem> m_fatal;
    QStringList m_notes;
};

// Strict dates, because a wrong date of birth puts a child in the wrong year and the wrong statutory checks:
// the date must exist (2015-02-30 does not). `field` names it in the message ("Date of birth").
struct ParsedDate {
    QDate date;
    QString problem; // empty when date is valid
};
ParsedDate parseIsoDate(const QString& field, const QString& text);
// yyyy-MM-dd, or dd/MM/yyyy as British spreadsheets write it.
ParsedDate parseRosterDate(const QString& field, const QString& text);
// true/false, yes/no, y/n, 1/0 in any case; std::nullopt for anything else.
std::optional<bool> parseRosterBool(const QString& text);

} // namespace lantern
