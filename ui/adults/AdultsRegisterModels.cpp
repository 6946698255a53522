#include "adults/AdultsRegisterModels.h"

#include "text/TextServices.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace lantern {

namespace {

// The prompt's highlight: a pale amber, with dark text, readable in light and dark themes alike.
const QColor kPromptBackground(0xff, 0xe8, 0xb0);
const QColor kPromptText(0x3d, 0x2b, 0x00);

} // namespace

QString adultRoleLabel(AdultRole role)
{
    switch (role) {
    case AdultRole::Staff:
        return QCoreApplication::translate("AdultsRegister", "Staff");
    case AdultRole::Supply:
        return QCoreApplication::translate("AdultsRegister", "Supply");
    case AdultRole::Volunteer:
        return QCoreApplication::translate("AdultsRegister", "Volunteer");
    case AdultRole::Contractor:
        return QCoreApplication::translate("AdultsRegister", "Contractor");
    }
    return {};
}

// --- Adults ------------------------------------------------------------------------------------------------

void AdultsTableModel::setAdults(QList<AdultSummary> adults)
{
    beginResetModel();
    m_adults = std::move(adults);
    endResetModel();
}

int AdultsTableModel::rowOf(qint64 adultId) const
{
    for (qsizetype row = 0; row < m_adults.size(); ++row) {
        if (m_adults.at(row).id == adultId)
            return static_cast<int>(row);
    }
    return -1;
}

int AdultsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_adults.size());
}

int AdultsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdultsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdultSummary& adult = m_adults.at(index.row());
    if (role == Qt::UserRole)
        return adult.id;
    if (adult.patternPrompt && role == Qt::BackgroundRole)
        return QBrush(kPromptBackground);
    if (adult.patternPrompt && role == Qt::ForegroundRole)
        return QBrush(kPromptText);
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return adult.isHeadteacher ? tr("%1 (headteacher)").arg(adult.details.name) : adult.details.name;
    case RoleColumn:
        return role == RawRole ? QVariant(adultRoleName(adult.details.role))
                               : adultRoleLabel(adult.details.role);
    case ConcernsColumn:
        return adult.concernCount;
    case UnreviewedColumn:
        return adult.unreviewedCount;
    case LeftColumn:
        if (role == RawRole)
            return adult.details.leftOn ? QVariant(*adult.details.leftOn) : QVariant();
        return adult.details.leftOn ? TextServices::formatDate(*adult.details.leftOn) : QString();
    case PromptColumn:
        if (role == RawRole)
            return adult.patternPrompt;
        return adult.patternPrompt ? tr("Consider the harm threshold and the LADO") : QString();
    default:
        return {};
    }
}

QVariant AdultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role in school");
    case ConcernsColumn:
        return tr("Concerns");
    case UnreviewedColumn:
        return tr("Not reviewed");
    case LeftColumn:
        return tr("Left");
    case PromptColumn:
        return tr("Pattern prompt");
    default:
        return {};
    }
}

// --- Concerns ----------------------------------------------------------------------------------------------

void AdultConcernsModel::setConcerns(QList<AdultConcern> concerns, QList<qint64> promptIds)
{
    beginResetModel();
    m_concerns = std::move(concerns);
    m_promptIds = std::move(promptIds);
    endResetModel();
}

int AdultConcernsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_concerns.size());
}

int AdultConcernsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdultConcernsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdultConcern& concern = m_concerns.at(index.row());
    const AdultConcernContent& content = concern.current.content;
    const bool prompted = m_promptIds.contains(concern.id);
    if (role == Qt::UserRole)
        return concern.id;
    if (prompted && role == Qt::BackgroundRole)
        return QBrush(kPromptBackground);
    if (prompted && role == Qt::ForegroundRole)
        return QBrush(kPromptText);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return content.occurred.display();
    case AccountColumn:
        return content.account.simplified();
    case ReporterColumn: {
        QString who = content.selfReport ? tr("Self-report") : content.reporterName;
        if (content.reporterWithheld)
            who = tr("%1 (withheld from the adult)").arg(who);
        return who;
    }
    case VersionColumn:
        return concern.history.size() > 1 ? tr("Amended (version %1)").arg(concern.current.version)
                                          : tr("Original");
    case ReviewColumn:
        return concern.reviews.isEmpty()
                   ? tr("Not reviewed")
                   : tr("Reviewed %1").arg(TextServices::formatDate(concern.reviews.last().reviewedOn));
    case LadoColumn:
        if (concern.consultationId)
            return tr("Considered with the LADO");
        return prompted ? tr("Part of a pattern") : QString();
    default:
        return {};
    }
}

QVariant AdultConcernsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When it happened");
    case AccountColumn:
        return tr("What happened");
    case ReporterColumn:
        return tr("Reported by");
    case VersionColumn:
        return tr("Version");
    case ReviewColumn:
        return tr("Review");
    case LadoColumn:
        return tr("LADO");
    default:
        return {};
    }
}

// --- Retention ---------------------------------------------------------------------------------------------

void AdultsRetentionModel::setDue(QList<RetentionDue> due)
{
    beginResetModel();
    m_due = std::move(due);
    endResetModel();
}

int AdultsRetentionModel::rowOf(qint64 adultId) const
{
    for (qsizetype row = 0; row < m_due.size(); ++row) {
        if (m_due.at(row).adultId == adultId)
            return static_cast<int>(row);
    }
    return -1;
}

int AdultsRetentionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_due.size());
}

int AdultsRetentionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdultsRetentionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RetentionDue& due = m_due.at(index.row());
    if (role == Qt::UserRole)
        return due.adultId;
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return due.name;
    case LeftColumn:
        return role == RawRole ? QVariant(due.leftOn) : QVariant(TextServices::formatDate(due.leftOn));
    case DueColumn:
        return role == RawRole ? QVariant(due.dueOn) : QVariant(TextServices::formatDate(due.dueOn));
    case ConcernsColumn:
        return due.concernCount;
    default:
        return {};
    }
}

QVariant AdultsRetentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LeftColumn:
        return tr("Left on");
    case DueColumn:
        return tr("Due for deletion on");
    case ConcernsColumn:
        return tr("Concerns");
    default:
        return {};
    }
}

} // namespace lantern
