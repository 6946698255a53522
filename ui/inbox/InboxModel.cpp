#include "inbox/InboxModel.h"

#include "common/FormDialog.h"
#include "concern/ConcernLabels.h"
#include "text/TextServices.h"

namespace lantern {

// --- InboxModel -------------------------------------------------------------------------------------------

InboxModel::InboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void InboxModel::setConcerns(QList<ConcernSummary> concerns, QHash<QString, QString> recorderNames)
{
    beginResetModel();
    m_concerns = std::move(concerns);
    m_recorders = std::move(recorderNames);
    endResetModel();
}

qint64 InboxModel::concernId(int row) const
{
    return row >= 0 && row < m_concerns.size() ? m_concerns.at(row).id : 0;
}

int InboxModel::rowOf(qint64 concernId) const
{
    for (qsizetype i = 0; i < m_concerns.size(); ++i) {
        if (m_concerns.at(i).id == concernId)
            return static_cast<int>(i);
    }
    return -1;
}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_concerns.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConcernSummary& concern = m_concerns.at(index.row());
    if (role == ConcernIdRole)
        return concern.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RecordedColumn:
            return TextServices::formatDateTime(concern.recordedAt);
        case OccurredColumn:
            return concern.occurred.display();
        case ChildrenColumn:
            return childrenSummary(concern.children);
        case CategoriesColumn:
            return categoryLabels(concern.categoryIds);
        case RecordedByColumn:
            return m_recorders.value(concern.recordedBy, concern.recordedBy);
        default:
            return {};
        }
    }
    if (role == RawRole) {
        switch (index.column()) {
        case RecordedColumn:
            return concern.recordedAt;
        case OccurredColumn:
            return concern.occurred.sortKey();
        case ChildrenColumn:
            return childrenSummary(concern.children);
        case CategoriesColumn:
            return concern.categoryIds.join(QLatin1Char(','));
        case RecordedByColumn:
            return concern.recordedBy;
        default:
            return {};
        }
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordedColumn:
        return tr("Recorded");
    case OccurredColumn:
        return tr("Happened");
    case ChildrenColumn:
        return tr("Children");
    case CategoriesColumn:
        return tr("Categories");
    case RecordedByColumn:
        return tr("Recorded by");
    default:
        return {};
    }
}

// --- ReceiptsModel ----------------------------------------------------------------------------------------

ReceiptsModel::ReceiptsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReceiptsModel::setReceipts(QList<ConcernReceipt> receipts)
{
    beginResetModel();
    m_receipts = std::move(receipts);
    endResetModel();
}

int ReceiptsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_receipts.size());
}

int ReceiptsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceiptsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConcernReceipt& receipt = m_receipts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ReferenceColumn:
            return tr("Concern %1").arg(receipt.id);
        case RecordedColumn:
            return TextServices::formatDateTime(receipt.recordedAt);
        case StatusColumn:
            return concernStatusTitle(receipt.status);
        default:
            return {};
        }
    }
    if (role == RawRole) {
        switch (index.column()) {
        case ReferenceColumn:
            return receipt.id;
        case RecordedColumn:
            return receipt.recordedAt;
        case StatusColumn:
            return static_cast<int>(receipt.status);
        default:
            return {};
        }
    }
    return {};
}

QVariant ReceiptsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case RecordedColumn:
        return tr("Recorded");
    case StatusColumn:
        return tr("Where it is");
    default:
        return {};
    }
}

} // namespace lantern
