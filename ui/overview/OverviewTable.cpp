#include "overview/OverviewTable.h"

#include "common/TableSupport.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

namespace lantern {

OverviewTable::OverviewTable(const QString& objectName, const QString& accessibleName,
                             const QStringList& headers, QWidget* parent)
    : m_model(new QStandardItemModel(0, static_cast<int>(headers.size()), parent))
{
    m_model->setHorizontalHeaderLabels(headers);
    m_model->setSortRole(SortRole);
    m_view = makeRecordTable(objectName, accessibleName, m_model, parent);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(true);
}

void OverviewTable::clear()
{
    m_model->removeRows(0, m_model->rowCount());
}

void OverviewTable::addRow(qint64 pupilId, int row, const QStringList& cells, const QVariantList& sortKeys)
{
    QList<QStandardItem*> items;
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QStandardItem(cells.at(column));
        item->setData(pupilId, PupilIdRole);
        item->setData(row, RowRole);
        const QVariant key = column < sortKeys.size() ? sortKeys.at(column) : QVariant();
        item->setData(key.isValid() ? key : QVariant(cells.at(column).toLower()), SortRole);
        item->setEditable(false);
        items.append(item);
    }
    m_model->appendRow(items);
}

int OverviewTable::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(RowRole).toInt() : -1;
}

void OverviewTable::finish(int column, Qt::SortOrder order)
{
    m_view->sortByColumn(column, order);
    m_view->resizeRowsToContents();
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
        m_view->selectRow(0);
    }
}

} // namespace lantern
