#pragma once

#include <QString>

namespace lantern {

// Registers the reference-data resources (resources/lantern_data.qrc: code lists and bank holidays) with Qt.
// lantern_model is a static library, so Qt cannot register them itself: the generated registration code is
// only linked in when something names it, which this does. Safe to call from any thread and any number of
// times; CodeList::get calls it, and anything else reading ":/data/..." directly must call it first.
void initReferenceData();

// The resource path of a file under resources/, e.g. referenceDataPath(u"calendar/bank-holidays.json").
QString referenceDataPath(QStringView relativePath);

} // namespace lantern
