#include "pupils/ChronologyModel.h"

#include "text/TextServices.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace lantern {

QString chronologyEntryText(const ChronologyEntry& entry)
{
    QStringList parts;
    parts.append(ChronologyModel::tr("When: %1").arg(entry.when.display()));
    parts.append(ChronologyModel::tr("Type: %1").arg(ChronologyTypes::label(entry.type)));
    if (entry.significant)
        parts.append(ChronologyModel::tr("Marked significant"));
    parts.append(QString());
    parts.append(ChronologyModel::tr("What happened:"));
    parts.append(entry.summary);
    if (!entry.childWords.isEmpty()) {
        parts.append(QString());
        parts.append(ChronologyModel::tr("The child's words:"));
        parts.append(QStringLiteral("\u201C%1\u201D").arg(entry.childWords));
    }
    if (!entry.whyItMatters.isEmpty()) {
        parts.append(QString());
        parts.append(ChronologyModel::tr("Why it matters:"));
        parts.append(entry.whyItMatters);
    }
    if (!entry.effectOnChild.isEmpty()) {
        parts.append(QString());
        parts.append(ChronologyModel::tr("Effect on the child:"));
        parts.append(entry.effectOnChild);
    }
    parts.append(QString());
    parts.append(ChronologyModel::tr("Source: %1")
                     .arg(entry.source.isEmpty() ? ChronologyModel::tr("Not recorded") : entry.source));
    parts.append(ChronologyModel::tr("Recorded by %1 on %2")
                     .arg(entry.recordedBy, TextServices::formatDateTime(entry.recordedAt)));
    if (!entry.isCurrent()) {
        parts.append(QString());
        parts.append(ChronologyModel::tr("Superseded by an amendment. Reason:"));
        parts.append(entry.amendReason.isEmpty() ? ChronologyModel::tr("Not given") : entry.amendReason);
    }
    return parts.join(QLatin1Char('\n'));
}

ChronologyModel::ChronologyModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ChronologyModel::setEntries(QList<ChronologyEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QStringList ChronologyModel::typesPresent() const
{
    QStringList types;
    for (const ChronologyEntry& entry : m_entries)
        if (!types.contains(entry.type))
            types.append(entry.type);
    return types;
}

int ChronologyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ChronologyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChronologyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChronologyEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SignificantColumn:
            return entry.significant ? QStringLiteral("!") : QString();
        case DateColumn:
            return entry.when.display();
        case TypeColumn:
            return ChronologyTypes::label(entry.type);
        case SummaryColumn:
            // The whole text, wrapped by the table: a chronology cut short hides what happened.
            if (!entry.isCurrent())
                return tr("[Superseded] %1").arg(entry.summary);
            return entry.summary;
        case SourceColumn:
            return entry.source;
        case RecordedByColumn:
            return entry.recordedBy;
        default:
            return {};
        }
    case RawRole:
        switch (index.column()) {
        case SignificantColumn:
            return entry.significant;
        case DateColumn:
            // Event order, ties in recording order (the id).
            return QString(entry.when.sortKey() +
                           QString::number(entry.id).rightJustified(12, QLatin1Char('0')));
        case TypeColumn:
            return ChronologyTypes::label(entry.type);
        case SummaryColumn:
            return entry.summary;
        case SourceColumn:
            return entry.source;
        case RecordedByColumn:
            return entry.recordedBy;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        if (index.column() == SignificantColumn)
            return entry.significant ? tr("Significant") : QVariant();
        QStringList parts{entry.summary};
        if (!entry.childWords.isEmpty())
            parts.append(tr("In the child's words: \u201C%1\u201D").arg(entry.childWords));
        if (!entry.whyItMatters.isEmpty())
            parts.append(tr("Why it matters: %1").arg(entry.whyItMatters));
        if (!entry.effectOnChild.isEmpty())
            parts.append(tr("Effect on the child: %1").arg(entry.effectOnChild));
        if (!entry.isCurrent() && !entry.amendReason.isEmpty())
            parts.append(tr("Superseded: %1").arg(entry.amendReason));
        return parts.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        if (index.column() == SignificantColumn)
            return entry.significant ? tr("Significant") : tr("Not marked significant");
        return {};
    case Qt::FontRole:
        if (entry.significant && entry.isCurrent()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (!entry.isCurrent())
            return QVariant::fromValue(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
        if (index.column() == SignificantColumn)
            return QVariant::fromValue(QColor(0xa3, 0x1d, 0x1d));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SignificantColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return {};
    case EntryIdRole:
        return entry.id;
    default:
        return {};
    }
}

QVariant ChronologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == SignificantColumn)
        return tr("Significant");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SignificantColumn:
        return QStringLiteral("!");
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case SummaryColumn:
        return tr("What happened");
    case SourceColumn:
        return tr("Source");
    case RecordedByColumn:
        return tr("Recorded by");
    default:
        return {};
    }
}

ChronologyFilterModel::ChronologyFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ChronologyModel::RawRole);
}

void ChronologyFilterModel::setType(const QString& type)
{
    m_type = type;
    invalidateRowsFilter();
}

void ChronologyFilterModel::setFrom(std::optional<QDate> from)
{
    m_from = from;
    invalidateRowsFilter();
}

void ChronologyFilterModel::setTo(std::optional<QDate> to)
{
    m_to = to;
    invalidateRowsFilter();
}

void ChronologyFilterModel::setSignificantOnly(bool on)
{
    m_significantOnly = on;
    invalidateRowsFilter();
}

void ChronologyFilterModel::setShowSuperseded(bool on)
{
    m_showSuperseded = on;
    invalidateRowsFilter();
}

QList<ChronologyEntry> ChronologyFilterModel::visibleEntries() const
{
    auto* source = qobject_cast<ChronologyModel*>(sourceModel());
    QList<ChronologyEntry> shown;
    if (!source)
        return shown;
    for (int row = 0; row < rowCount(); ++row)
        shown.append(source->entryAt(mapToSource(index(row, 0)).row()));
    return shown;
}

const ChronologyEntry* ChronologyFilterModel::entryAt(const QModelIndex& index) const
{
    auto* source = qobject_cast<ChronologyModel*>(sourceModel());
    if (!source || !index.isValid())
        return nullptr;
    return &source->entryAt(mapToSource(index).row());
}

QString ChronologyFilterModel::describe() const
{
    QStringList parts;
    if (m_significantOnly)
        parts.append(tr("significant entries only"));
    if (!m_type.isEmpty())
        parts.append(tr("type: %1").arg(ChronologyTypes::label(m_type)));
    if (m_from)
        parts.append(tr("from %1").arg(TextServices::formatDate(*m_from)));
    if (m_to)
        parts.append(tr("to %1").arg(TextServices::formatDate(*m_to)));
    if (m_showSuperseded)
        parts.append(tr("including superseded entries"));
    // A chronology is read oldest first unless the reader chose otherwise; a printout says so when not.
    if (parts.isEmpty())
        parts.append(tr("All entries"));
    const int column = sortColumn();
    if (column == ChronologyModel::DateColumn && sortOrder() == Qt::DescendingOrder)
        parts.append(tr("newest first"));
    else if (column >= 0 && column != ChronologyModel::DateColumn && sourceModel())
        parts.append(
            tr("sorted by %1").arg(sourceModel()->headerData(column, Qt::Horizontal).toString().toLower()));
    return parts.join(QStringLiteral("; "));
}

bool ChronologyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    auto* source = qobject_cast<ChronologyModel*>(sourceModel());
    if (!source)
        return true;
    const ChronologyEntry& entry = source->entryAt(sourceRow);
    if (!m_showSuperseded && !entry.isCurrent())
        return false;
    if (m_significantOnly && !entry.significant)
        return false;
    if (!m_type.isEmpty() && entry.type != m_type)
        return false;
    // Overlap of the entry's span with the range, as ChronologyRepository does.
    if (m_from && entry.when.lastDay() < *m_from)
        return false;
    if (m_to && entry.when.firstDay() > *m_to)
        return false;
    return true;
}

} // namespace lantern
