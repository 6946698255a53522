#include "roster/RosterImportModels.h"

namespace lantern {

ImportRejectionModel::ImportRejectionModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportRejectionModel::setRejections(const QList<ImportRejection>& rejections)
{
    beginResetModel();
    m_rows = rejections;
    endResetModel();
}

int ImportRejectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportRejectionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRejectionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRejection& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case UpnColumn:
            return row.upn;
        case ReasonColumn:
            return row.reason;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant ImportRejectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case UpnColumn:
        return tr("UPN");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

ImportChangeModel::ImportChangeModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportChangeModel::setPlan(const ImportPlan& plan)
{
    beginResetModel();
    m_rows.clear();
    for (const ImportChange& change : plan.added)
        m_rows.append({Kind::Added, change});
    for (const ImportChange& change : plan.changed)
        m_rows.append({Kind::Changed, change});
    for (const ImportChange& change : plan.left)
        m_rows.append({Kind::Left, change});
    endResetModel();
}

void ImportChangeModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ImportChangeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportChangeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportChangeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ChangeColumn:
            switch (row.kind) {
            case Kind::Added:
                return tr("New");
            case Kind::Changed:
                return tr("Changed");
            case Kind::Left:
                return tr("Leaving");
            }
            return {};
        case LineColumn:
            // A leaver is not in the file: an empty cell says so better than "0".
            return row.change.line > 0 ? QVariant(row.change.line) : QVariant();
        case UpnColumn:
            return row.change.upn;
        case NameColumn:
            return row.change.name;
        case FieldsColumn:
            return row.change.fields.join(QStringLiteral(", "));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant ImportChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case LineColumn:
        return tr("Line");
    case UpnColumn:
        return tr("UPN");
    case NameColumn:
        return tr("Name");
    case FieldsColumn:
        return tr("Fields");
    default:
        return {};
    }
}

} // namespace lantern
