#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

class QStandardItemModel;
class QTableView;
class QWidget;

namespace lantern {

// A sortable, read-only list of rows across children, as the overviews show them: each row knows its child
// (PupilIdRole on every cell), each cell may sort by something other than its words (a date by its ISO form,
// an age by its number), and Enter on a row or a double-click calls `activated` with the row's index.
class OverviewTable {
public:
    enum Role { PupilIdRole = 0x0101, SortRole, RowRole };

    OverviewTable(const QString& objectName, const QString& accessibleName, const QStringList& headers,
                  QWidget* parent);

    QTableView* view() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }

    void clear();
    // Appends a row; `sortKeys` (by column, may be shorter) replace the words for sorting.
    void addRow(qint64 pupilId, int row, const QStringList& cells, const QVariantList& sortKeys = {});
    // The RowRole of the current row (what addRow was given), or -1 when none is current.
    int currentRow() const;
    // Sorts by `column` and makes the first row current, so Enter works at once.
    void finish(int column, Qt::SortOrder order = Qt::AscendingOrder);

private:
    QStandardItemModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace lantern
