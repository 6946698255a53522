#pragma once

#include "records/Concern.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lantern {

// How a concern is named in lists and read-outs (the inbox, the triage dialog).

// The harm categories' labels, "; "-separated (an unknown id as itself).
QString categoryLabels(const QStringList& ids);
// The children a concern is about, with their part if not the subject: "Amy Okafor; Ben Hughes (witness)".
QString childrenSummary(const QList<ConcernChild>& children);
// Where a concern is, in the words the person who recorded it sees.
QString concernStatusTitle(ConcernStatus status);

} // namespace lantern
