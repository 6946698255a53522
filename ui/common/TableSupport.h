#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace lantern {

// A read-only table of records, one per row, as every list in Lantern shows them: a whole row is selected at
// a time, Tab leaves the table for the next control while the arrows move within it (keyboard users expect
// both), columns fit their contents and the last takes what is left. Callers change what differs (sorting,
// word wrap, stretched columns).
QTableView* makeRecordTable(const QString& objectName, const QString& accessibleName,
                            QAbstractItemModel* model, QWidget* parent);

} // namespace lantern
