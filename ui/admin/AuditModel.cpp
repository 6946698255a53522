#include "admin/AuditModel.h"

#include "text/TextServices.h"
#include "users/Compartments.h"

#include <QCoreApplication>

namespace lantern {

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditTableModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QString AuditTableModel::chainTitle(const QString& chain)
{
    if (chain.isEmpty() || chain == QLatin1String(AuditLog::MainChain))
        return tr("Directory");
    const std::optional<Compartment> compartment = compartmentFromName(chain);
    if (!compartment)
        return chain;
    switch (*compartment) {
    case Compartment::Directory:
        return tr("Directory");
    case Compartment::Cases:
        return tr("Case records");
    case Compartment::Adults:
        return tr("Adults register");
    case Compartment::Headteacher:
        return tr("Concerns about the headteacher");
    }
    return chain;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeqColumn:
            return QString::number(entry.seq);
        case StoreColumn:
            return chainTitle(entry.chain);
        case WhenColumn:
            return TextServices::formatDateTime(entry.atUtc);
        case ActorColumn:
            return entry.actor;
        case ActionColumn:
            return entry.action;
        case ObjectColumn:
            return entry.objectId.isEmpty() ? entry.objectType
                                            : entry.objectType + QLatin1Char(' ') + entry.objectId;
        case DetailsColumn:
            return role == Qt::DisplayRole ? entry.details.simplified() : entry.details;
        default:
            return {};
        }
    }
    if (role == RawRole) {
        switch (index.column()) {
        case SeqColumn:
        case WhenColumn: // entries are appended in time order: the number sorts by time too
            return entry.seq;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case StoreColumn:
        return tr("Store");
    case WhenColumn:
        return tr("When");
    case ActorColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Record");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QString auditVerificationText(const AuditVerification& result)
{
    if (result.intact())
        return QCoreApplication::translate("lantern::AuditTableModel", "Intact: %n entries checked.", nullptr,
                                           static_cast<int>(result.entriesChecked));
    // Each store keeps its own chain; "main" is the directory's.
    const QString chain = result.chain.isEmpty() || result.chain == QLatin1String(AuditLog::MainChain)
                              ? QCoreApplication::translate("lantern::AuditTableModel", "directory")
                              : result.chain;
    return QCoreApplication::translate(
               "lantern::AuditTableModel",
               "Broken at entry %1 of the %2 chain: %3. Keep the vault as it is and ask "
               "for help.")
        .arg(QString::number(*result.firstBrokenSeq), chain, result.problem);
}

} // namespace lantern
