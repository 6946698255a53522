#include "pupils/PupilListModel.h"

#include "pupils/Flags.h"
#include "text/TextServices.h"

namespace lantern {

namespace {

QString knownSurname(const Pupil& pupil)
{
    return pupil.preferredSurname.isEmpty() ? pupil.legalSurname : pupil.preferredSurname;
}

QString knownForename(const Pupil& pupil)
{
    return pupil.preferredForename.isEmpty() ? pupil.legalForename : pupil.preferredForename;
}

// Year groups sort as numbers ("Year 2" before "Year 10"); reception and nursery before Year 1.
int yearOrder(const QString& yearGroup)
{
    bool ok = false;
    const int number = yearGroup.toInt(&ok);
    if (ok)
        return number;
    if (yearGroup.compare(QLatin1String("R"), Qt::CaseInsensitive) == 0)
        return 0;
    if (yearGroup.startsWith(QLatin1Char('N'), Qt::CaseInsensitive))
        return -1;
    return 100;
}

} // namespace

PupilListModel::PupilListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PupilListModel::setPupils(QList<Pupil> pupils)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(pupils.size());
    for (Pupil& pupil : pupils) {
        Row row;
        row.knownAs = pupil.displayName();
        const QString legal = pupil.legalName();
        if (legal != row.knownAs)
            row.legalIfDifferent = legal;
        // Surname then forename; a space sorts before letters, so "Lee Amy" comes before "Leech Ann".
        row.nameKey =
            TextServices::collationKey(knownSurname(pupil) + QLatin1Char(' ') + knownForename(pupil));
        row.legalKey =
            TextServices::collationKey(pupil.legalSurname + QLatin1Char(' ') + pupil.legalForename);
        row.searchKey = TextServices::searchKey(
            QStringList{row.knownAs, legal, pupil.preferredForename, pupil.preferredSurname, pupil.upn}.join(
                QLatin1Char(' ')));
        row.pupil = std::move(pupil);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

int PupilListModel::rowOf(qint64 pupilId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).pupil.id == pupilId)
            return row;
    return -1;
}

int PupilListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PupilListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PupilListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Pupil& pupil = row.pupil;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.knownAs;
        case LegalNameColumn:
            return row.legalIfDifferent;
        case UpnColumn:
            return pupil.upn;
        case DateOfBirthColumn:
            return TextServices::formatDateShort(pupil.dateOfBirth);
        case YearColumn:
            return pupil.yearGroup;
        case FlagsColumn:
            return pupil.flags();
        default:
            return {};
        }
    case RawRole:
        switch (index.column()) {
        case NameColumn:
            return row.nameKey;
        case LegalNameColumn:
            return row.legalKey;
        case UpnColumn:
            return pupil.upn;
        case DateOfBirthColumn:
            return pupil.dateOfBirth.toString(Qt::ISODate);
        case YearColumn:
            return yearOrder(pupil.yearGroup);
        case FlagsColumn:
            return static_cast<int>(pupil.flags().size());
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == FlagsColumn)
            return flagsDescription(pupil.flags());
        if (index.column() == DateOfBirthColumn)
            return TextServices::formatDate(pupil.dateOfBirth);
        return {};
    case PupilIdRole:
        return pupil.id;
    case SearchKeyRole:
        return row.searchKey;
    case RankedNamesRole:
        return rankedNamesOf(pupil);
    default:
        return {};
    }
}

QVariant PupilListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LegalNameColumn:
        return tr("Legal name");
    case UpnColumn:
        return tr("UPN");
    case DateOfBirthColumn:
        return tr("Date of birth");
    case YearColumn:
        return tr("Year");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

PupilFilterModel::PupilFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PupilListModel::RawRole);
    setDynamicSortFilter(true);
}

void PupilFilterModel::setSearchText(const QString& text)
{
    // The same key on both sides of the comparison, so what the person types and what is stored agree on
    // case and accents whatever keyboard or platform produced them.
    const QStringList words = TextServices::searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    m_typed = text;
    m_matches.clear();
    invalidate(); // the filter and the order: the ranking depends on what was typed
}

void PupilFilterModel::setSourceModel(QAbstractItemModel* source)
{
    QSortFilterProxyModel::setSourceModel(source);
    // A refreshed roll may have renamed or reordered children: their matches are worked out again.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this]() { m_matches.clear(); });
}

NameMatch PupilFilterModel::matchOf(const QModelIndex& sourceIndex) const
{
    const auto known = m_matches.constFind(sourceIndex.row());
    if (known != m_matches.cend())
        return *known;
    const NameMatch match = PupilRanking(m_typed).match(
        sourceModel()->index(sourceIndex.row(), 0).data(PupilListModel::RankedNamesRole).toStringList());
    m_matches.insert(sourceIndex.row(), match);
    return match;
}

bool PupilFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_words.isEmpty()) {
        const NameMatch a = matchOf(left);
        const NameMatch b = matchOf(right);
        // The best match stays on top whichever way the column is sorted.
        if (a != b)
            return sortOrder() == Qt::AscendingOrder ? a < b : b < a;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool PupilFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString key =
        sourceModel()->index(sourceRow, 0, sourceParent).data(PupilListModel::SearchKeyRole).toString();
    const QStringList haystack = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : m_words) {
        bool found = false;
        for (const QString& candidate : haystack) {
            if (candidate.startsWith(word)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace lantern
