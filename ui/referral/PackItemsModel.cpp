#include "referral/PackItemsModel.h"

namespace lantern {

namespace {

QString kindLabel(PackItemKind kind)
{
    switch (kind) {
    case PackItemKind::Concern:
        return PackItemsModel::tr("Concern");
    case PackItemKind::Decision:
        return PackItemsModel::tr("Decision");
    case PackItemKind::Voice:
        return PackItemsModel::tr("Child's voice");
    case PackItemKind::Chronology:
        return PackItemsModel::tr("Chronology");
    }
    return {};
}

QString partLabel(const std::optional<ChildRole>& role)
{
    if (!role)
        return {};
    switch (*role) {
    case ChildRole::Subject:
        return PackItemsModel::tr("About this child");
    case ChildRole::Witness:
        return PackItemsModel::tr("A witness");
    case ChildRole::AllegedHarmer:
        return PackItemsModel::tr("Said to have caused harm");
    }
    return {};
}

QString noteFor(const PackItem& item)
{
    if (!item.mayInclude)
        return PackItemsModel::tr("Another child's decision: never shared");
    if (item.namesOtherChildren)
        return PackItemsModel::tr("Names other children: replaced by their role");
    return {};
}

} // namespace

PackItemsModel::PackItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PackItemsModel::setItems(const QList<PackItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
    Q_EMIT choicesChanged();
}

void PackItemsModel::applyChoices(ReferralPackRequest& request) const
{
    request.include.clear();
    request.leaveOut.clear();
    for (const PackItem& item : m_items) {
        const bool in = isIncluded(item);
        if (in && !item.includedByDefault)
            request.include.append(item.ref);
        else if (!in && item.includedByDefault)
            request.leaveOut.append(item.ref);
    }
}

void PackItemsModel::resetToDefaults()
{
    m_choices.clear();
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT choicesChanged();
}

bool PackItemsModel::isIncluded(const PackItem& item) const
{
    return item.mayInclude && m_choices.value(item.ref.key(), item.includedByDefault);
}

int PackItemsModel::includedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [this](const PackItem& item) { return isIncluded(item); }));
}

int PackItemsModel::leftOutCount() const
{
    return int(m_items.size()) - includedCount();
}

int PackItemsModel::redactedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [this](const PackItem& item) {
        return isIncluded(item) && item.namesOtherChildren;
    }));
}

int PackItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PackItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackItemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const PackItem& item = m_items.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == InPackColumn)
        return isIncluded(item) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::AccessibleTextRole && index.column() == InPackColumn)
        return isIncluded(item) ? tr("In the pack") : tr("Left out");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case InPackColumn:
        return isIncluded(item) ? tr("In") : tr("Out");
    case KindColumn:
        return kindLabel(item.ref.kind);
    case WhenColumn:
        return item.when.display();
    case PartColumn:
        return partLabel(item.role);
    case NoteColumn:
        return noteFor(item);
    case SummaryColumn:
        return item.description;
    default:
        return {};
    }
}

bool PackItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != InPackColumn || role != Qt::CheckStateRole)
        return false;
    const PackItem& item = m_items.at(index.row());
    if (!item.mayInclude)
        return false;
    const bool in = value.value<Qt::CheckState>() == Qt::Checked;
    if (in == item.includedByDefault)
        m_choices.remove(item.ref.key());
    else
        m_choices.insert(item.ref.key(), in);
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT choicesChanged();
    return true;
}

Qt::ItemFlags PackItemsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == InPackColumn && m_items.at(index.row()).mayInclude)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant PackItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InPackColumn:
        return tr("In pack");
    case KindColumn:
        return tr("Kind");
    case WhenColumn:
        return tr("When");
    case PartColumn:
        return tr("This child");
    case NoteColumn:
        return tr("Note");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace lantern
