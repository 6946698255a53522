#pragma once

#include "import/RosterReader.h"

#include <QBuffer>
#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace lantern::fuzz {

// Reads every pupil from `data` as `format` and touches everything a caller would: records, their problems,
// the notes and the fatal problem. Whatever the bytes, this must return normally.
inline void readAll(RosterFormat format, const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    std::unique_ptr<RosterReader> reader = RosterReader::create(format, buffer, QDate(2026, 1, 1));
    qsizetype seen = 0;
    while (std::optional<RosterRecord> record = reader->next()) {
        Pupil pupil;
        RosterFields::mergeInto(pupil, *record);
        seen += record->problems.size() + record->contacts.size() + pupil.legalName().size();
        if (seen > (qsizetype(1) << 40))
            break;
    }
    if (std::optional<RosterProblem> problem = reader->fatalProblem())
        seen += problem->message.size();
    seen += reader->notes().size();
    static_cast<void>(seen);
}

} // namespace lantern::fuzz
