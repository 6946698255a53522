#pragma once

#include "records/ChronologyEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lantern {

// A chronology as text for a terminal, JSON for scripts and CSV for a spreadsheet. Formatting only: reading
// (and its audit entry) is ChronologyRepository's job.
class ChronologyFormatter final {
public:
    ChronologyFormatter() = delete;

    // Aligned columns: a '!' for a significant entry, the date as people say it ("March 2026"), the type's
    // label, the summary on one line. A superseded entry (shown only when asked for) says so and why.
    static QString text(const QList<ChronologyEntry>& entries);
    // A JSON array of objects: date, precision, type, summary, source, why_it_matters, effect_on_child,
    // significant, recorded_at, recorded_by (plus id, date_display, type_label, and superseded_by and
    // amend_reason for a superseded entry).
    static QByteArray json(const QList<ChronologyEntry>& entries);
    // RFC 4180 CSV in UTF-8 (with a byte-order mark, so Excel reads accented names correctly), a header row
    // and CRLF line ends.
    static QByteArray csv(const QList<ChronologyEntry>& entries);

    // One CSV cell, quoted when needed. A cell starting with = + - @ (or a tab or carriage return) gets a
    // leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula (CSV
    // injection).
    static QString csvCell(const QString& value);
};

} // namespace lantern
