#include "common/PupilPickerModels.h"

#include "records/Pupil.h"
#include "text/TextServices.h"

#include <QCoreApplication>
#include <QFont>

namespace lantern {

QString childRoleTitle(ChildRole role)
{
    switch (role) {
    case ChildRole::Subject:
        return QCoreApplication::translate("PupilPicker", "Subject");
    case ChildRole::AllegedHarmer:
        return QCoreApplication::translate("PupilPicker", "Alleged harmer");
    case ChildRole::Witness:
        return QCoreApplication::translate("PupilPicker", "Witness");
    }
    return {};
}

QString pupilFinderRow(const DirectoryPupil& pupil)
{
    const auto tr = [](const char* text, int n = -1) {
        return QCoreApplication::translate("PupilPicker", text, nullptr, n);
    };
    const QString year = yearGroupLabel(pupil.yearGroup);
    if (!pupil.details) {
        QString row = year.isEmpty() ? pupil.displayName : tr("%1 — %2").arg(pupil.displayName, year);
        if (pupil.sameNameInYear > 1 && !year.isEmpty())
            row += QLatin1Char(' ') +
                   tr("(%n children called %1 in %2)", pupil.sameNameInYear).arg(pupil.displayName, year);
        else if (pupil.sameName > 1)
            row += QLatin1Char(' ') + tr("(%n children called %1)", pupil.sameName).arg(pupil.displayName);
        return row;
    }
    const DirectoryPupil::Details& details = *pupil.details;
    QString name = pupil.displayName;
    if (details.legalName.compare(pupil.displayName, Qt::CaseInsensitive) != 0 &&
        !details.legalName.isEmpty())
        name += QLatin1Char(' ') + tr("(legal name %1)").arg(details.legalName);
    QStringList parts{name};
    if (details.dateOfBirth.isValid())
        parts.append(tr("born %1").arg(TextServices::formatDateShort(details.dateOfBirth)));
    QStringList place;
    if (!year.isEmpty())
        place.append(year);
    if (!details.registrationGroup.isEmpty())
        place.append(tr("registration group %1").arg(details.registrationGroup));
    if (!place.isEmpty())
        parts.append(place.join(QStringLiteral(", ")));
    if (pupil.sameName > 1)
        parts.append(tr("%n children called %1", pupil.sameName).arg(pupil.displayName));
    return parts.join(QStringLiteral(" — "));
}

// --- PupilSearchModel -------------------------------------------------------------------------------------

PupilSearchModel::PupilSearchModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void PupilSearchModel::setPupils(QList<DirectoryPupil> pupils)
{
    beginResetModel();
    m_pupils = std::move(pupils);
    endResetModel();
}

int PupilSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pupils.size());
}

QVariant PupilSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DirectoryPupil& pupil = m_pupils.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return pupilFinderRow(pupil);
    case Qt::FontRole:
        if (pupil.sameName > 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case PupilIdRole:
        return pupil.id;
    case SameNameRole:
        return pupil.sameName > 1;
    default:
        return {};
    }
}

// --- ChosenChildrenModel ----------------------------------------------------------------------------------

ChosenChildrenModel::ChosenChildrenModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ChosenChildrenModel::add(const DirectoryPupil& pupil, ChildRole role)
{
    for (qsizetype i = 0; i < m_chosen.size(); ++i) {
        if (m_chosen[i].pupil.id == pupil.id) {
            m_chosen[i].role = role;
            const int row = static_cast<int>(i);
            Q_EMIT dataChanged(index(row, RoleColumn), index(row, RoleColumn));
            return row;
        }
    }
    const int row = static_cast<int>(m_chosen.size());
    beginInsertRows(QModelIndex(), row, row);
    m_chosen.append({pupil, role});
    endInsertRows();
    return row;
}

void ChosenChildrenModel::remove(int row)
{
    if (row < 0 || row >= m_chosen.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_chosen.removeAt(row);
    endRemoveRows();
}

QList<ConcernChild> ChosenChildrenModel::children() const
{
    QList<ConcernChild> children;
    for (const Chosen& chosen : m_chosen) {
        ConcernChild child;
        child.pupilId = chosen.pupil.id;
        child.role = chosen.role;
        child.displayName = chosen.pupil.displayName;
        children.append(child);
    }
    return children;
}

bool ChosenChildrenModel::hasSubject() const
{
    return std::any_of(m_chosen.cbegin(), m_chosen.cend(),
                       [](const Chosen& chosen) { return chosen.role == ChildRole::Subject; });
}

int ChosenChildrenModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_chosen.size());
}

int ChosenChildrenModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChosenChildrenModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chosen& chosen = m_chosen.at(index.row());
    if (role == PupilIdRole)
        return chosen.pupil.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return chosen.pupil.displayName;
    case YearColumn:
        return chosen.pupil.yearGroup;
    case RoleColumn:
        return childRoleTitle(chosen.role);
    default:
        return {};
    }
}

QVariant ChosenChildrenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Child");
    case YearColumn:
        return tr("Year");
    case RoleColumn:
        return tr("Part in the concern");
    default:
        return {};
    }
}

} // namespace lantern
