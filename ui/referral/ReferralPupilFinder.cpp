#include "referral/ReferralPupilFinder.h"

#include "common/PupilPickerModels.h"
#include "core/Error.h"
#include "records/PupilDirectory.h"
#include "records/PupilRanking.h"
#include "records/PupilRepository.h"

#include <QFont>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace lantern {

namespace {
constexpr int PupilIdRole = Qt::UserRole + 1;
}

ReferralPupilFinder::ReferralPupilFinder(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("referralPupilSearch"));
    m_search->setPlaceholderText(tr("Name or UPN"));
    m_search->setAccessibleName(tr("Find a child by name or UPN"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("referralPupilResults"));
    m_results->setAccessibleName(tr("Matching children"));
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setUniformItemSizes(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("referralPupilError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("F&ind a child:"), this);
    label->setBuddy(m_search);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_error);

    connect(m_search, &QLineEdit::textChanged, this, &ReferralPupilFinder::search);
    connect(m_results, &QListWidget::currentRowChanged, this,
            [this](int) { Q_EMIT pupilChanged(pupilId()); });
}

void ReferralPupilFinder::search(const QString& text)
{
    QList<NameMatch> kinds;
    try {
        PupilRepository pupils(m_vault);
        QList<Pupil> found = text.trimmed().isEmpty() ? pupils.list() : pupils.search(text);
        // The same order as every finder (PupilRanking): a name typed in full first, a middle name last.
        if (!text.trimmed().isEmpty())
            kinds = PupilRanking(text).rank(found, rankedNamesOf);
        showPupils(found);
        m_error->hide();
    } catch (const Error& error) {
        showPupils({});
        m_error->setText(error.message());
        m_error->show();
    }
    // Chosen at once only when there is no doubt: one match, or one child whose name was typed in full.
    const auto exact = std::count(kinds.cbegin(), kinds.cend(), NameMatch::Exact);
    if (m_shown.size() == 1 || (exact == 1 && kinds.first() == NameMatch::Exact))
        m_results->setCurrentRow(0);
}

void ReferralPupilFinder::preselect(const Pupil& pupil)
{
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    showPupils({pupil});
    m_results->setCurrentRow(0);
}

void ReferralPupilFinder::showPupils(const QList<Pupil>& pupils)
{
    const qint64 before = pupilId();
    {
        const QSignalBlocker blocker(m_results);
        m_results->clear();
        m_shown = pupils;
        QStringList names;
        for (const Pupil& pupil : pupils)
            names.append(pupil.displayName());
        const QList<int> sameName = sameNameCounts(names);
        for (qsizetype i = 0; i < pupils.size(); ++i) {
            // Named as in the concern form's finder (pupilFinderRow), with the UPN the referral needs.
            DirectoryPupil row = directoryEntryOf(pupils.at(i));
            row.sameName = sameName.at(i);
            QString label = pupilFinderRow(row);
            if (!pupils.at(i).upn.isEmpty())
                label += QStringLiteral(" — ") + tr("UPN %1").arg(pupils.at(i).upn);
            auto* item = new QListWidgetItem(label, m_results);
            item->setData(PupilIdRole, pupils.at(i).id);
            item->setData(Qt::AccessibleTextRole, label);
            if (row.sameName > 1) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
    }
    if (pupilId() != before)
        Q_EMIT pupilChanged(pupilId());
}

qint64 ReferralPupilFinder::pupilId() const
{
    const QListWidgetItem* item = m_results->currentItem();
    return item && item->isSelected() ? item->data(PupilIdRole).toLongLong() : 0;
}

QString ReferralPupilFinder::pupilName() const
{
    const qint64 id = pupilId();
    for (const Pupil& pupil : m_shown) {
        if (pupil.id == id)
            return pupil.displayName();
    }
    return {};
}

QString ReferralPupilFinder::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

// Down from the search field goes into the matches, as in every search box a keyboard user knows.
bool ReferralPupilFinder::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_results->count() > 0) {
            m_results->setFocus();
            if (!m_results->currentItem() || !m_results->currentItem()->isSelected())
                m_results->setCurrentRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString groupedHash(const QString& hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace lantern
