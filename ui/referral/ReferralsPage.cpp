#include "referral/ReferralsPage.h"

#include "calendar/UkTime.h"
#include "core/Error.h"
#include "export/ReferralPack.h"
#include "records/PackDisclosureRepository.h"
#include "records/ReferralRepository.h"
#include "records/SharingRepository.h"
#include "referral/ReferralPupilFinder.h"
#include "referral/ReferralWizard.h"
#include "referral/ShareInformationDialog.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <functional>

namespace lantern {

namespace {

QString ukDateTime(const QDateTime& utc)
{
    return QLocale().toString(toUkLocal(utc), QStringLiteral("dd/MM/yyyy HH:mm"));
}

// A read-only list of records: whole rows, one at a time, reached by Tab and read by a screen reader.
QTableWidget* recordTable(const QString& objectName, const QString& accessibleName,
                          const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    table->setItem(row, column, item);
}

QString withDetail(const QString& value, const QString& detail)
{
    return detail.isEmpty() ? value : value + QStringLiteral(" \u2014 ") + detail;
}

QString listOrNone(const QStringList& values)
{
    return values.isEmpty() ? ReferralsPage::tr("none") : values.join(QStringLiteral(", "));
}

// The stored names in words (ReferralPack.h's labels); "not stated" for a pack made without them.
QString inWords(const QString& stored, const std::function<QString(const QString&)>& label)
{
    const QString words = stored.isEmpty() ? QString() : label(stored);
    return words.isEmpty() ? ReferralsPage::tr("not stated") : words;
}

QString yesNoInWords(const QString& name)
{
    return name == QLatin1String("yes") ? ReferralsPage::tr("Yes") : ReferralsPage::tr("No");
}

// What the pack disclosed, as the DSL reads it back: everything the vault keeps about the export.
QString disclosureText(const PackDisclosure& d)
{
    QStringList items;
    for (const QString& item : d.itemsIncluded)
        items.append(d.itemsRedacted.contains(item) ? ReferralsPage::tr("%1 (redacted)").arg(item) : item);
    QStringList lines{
        ReferralsPage::tr("Exported %1 by %2; %3.")
            .arg(TextServices::formatDateTime(d.exportedAt), d.exportedBy,
                 d.encrypted ? ReferralsPage::tr("encrypted") : ReferralsPage::tr("NOT encrypted")),
        ReferralsPage::tr("Period: %1 to %2")
            .arg(TextServices::formatDate(d.periodFrom), TextServices::formatDate(d.periodTo)),
        ReferralsPage::tr("Recipient: %1")
            .arg(d.recipientAuthority.isEmpty()
                     ? d.recipientTeam
                     : d.recipientTeam + QStringLiteral(", ") + d.recipientAuthority),
        ReferralsPage::tr("Service requested: %1; urgency: %2")
            .arg(inWords(d.serviceRequested, [](const QString& n) { return serviceRequestedLabel(n); }),
                 inWords(d.urgency, [](const QString& n) { return requestUrgencyLabel(n); })),
        ReferralsPage::tr("Reason for referral: %1").arg(d.reason),
        ReferralsPage::tr("Lawful basis: %1").arg(d.lawfulBasis),
        ReferralsPage::tr("Consent: %1")
            .arg(withDetail(inWords(d.consent, [](const QString& n) { return consentOutcomeLabel(n); }),
                            d.consentDetail)),
        ReferralsPage::tr("Parents aware: %1")
            .arg(withDetail(inWords(d.parentsAware, yesNoInWords), d.parentsAwareDetail)),
        ReferralsPage::tr("Sections: %1").arg(listOrNone(d.sections)),
        ReferralsPage::tr("Items included (%1, %2 redacted): %3")
            .arg(d.itemsIncluded.size())
            .arg(d.itemsRedacted.size())
            .arg(listOrNone(items)),
        ReferralsPage::tr("Items left out: %1").arg(d.itemsLeftOut),
        ReferralsPage::tr("Pack: %1").arg(d.packId),
        ReferralsPage::tr("Pack SHA-256: %1").arg(groupedHash(d.packSha256)),
    };
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ReferralsPage::ReferralsPage(Vault& vault, const UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_services(services)
{
    setObjectName(QStringLiteral("referralsPage"));

    auto* heading = new QLabel(tr("Referrals"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_new = new QPushButton(tr("&New referral pack…"), this);
    m_new->setObjectName(QStringLiteral("newReferralPack"));
    m_new->setAccessibleName(tr("New referral pack"));
    connect(m_new, &QPushButton::clicked, this, &ReferralsPage::newReferral);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ReferralsPage::newReferral);

    m_finder = new ReferralPupilFinder(vault, this);

    m_heading = new QLabel(tr("Choose a child to see the referrals made for them."), this);
    m_heading->setObjectName(QStringLiteral("referralsHeading"));
    m_heading->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("referralsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_error->hide();

    m_table =
        recordTable(QStringLiteral("referralsTable"), tr("Referrals made"),
                    {tr("Referred"), tr("To whom"), tr("How"), tr("Acknowledged"), tr("Outcome")}, this);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReferralsPage::showDisclosure);

    auto* disclosureLabel = new QLabel(tr("What the selected referral's pack &disclosed:"), this);
    m_disclosure = new QPlainTextEdit(this);
    m_disclosure->setObjectName(QStringLiteral("disclosurePanel"));
    m_disclosure->setAccessibleName(tr("What the selected referral's pack disclosed"));
    m_disclosure->setReadOnly(true);
    m_disclosure->setTabChangesFocus(true);
    m_disclosure->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    disclosureLabel->setBuddy(m_disclosure);

    m_sharingHeading = new QLabel(this);
    m_sharingHeading->setObjectName(QStringLiteral("sharingHeading"));
    m_sharingHeading->setWordWrap(true);
    m_sharing = recordTable(QStringLiteral("sharingTable"), tr("Information shared, received or not shared"),
                            {tr("When"), tr("What happened"), tr("How"), tr("With whom"), tr("What"),
                             tr("Why, or reason not to share"), tr("Lawful basis")},
                            this);
    m_share = new QPushButton(tr("&Share information…"), this);
    m_share->setObjectName(QStringLiteral("shareInformation"));
    m_share->setAccessibleName(tr("Record information shared, received or not shared"));
    const bool mayWrite = hasPermission(vault.user(), Permission::WritePupilRecords);
    m_share->setVisible(mayWrite);
    connect(m_share, &QPushButton::clicked, this, &ReferralsPage::shareInformation);
    m_amendSharing = new QPushButton(tr("&Amend…"), this);
    m_amendSharing->setObjectName(QStringLiteral("amendSharing"));
    m_amendSharing->setAccessibleName(tr("Amend the selected record of information sharing"));
    m_amendSharing->setVisible(mayWrite);
    m_amendSharing->setEnabled(false);
    connect(m_amendSharing, &QPushButton::clicked, this, &ReferralsPage::amendSharing);
    connect(m_sharing, &QTableWidget::itemSelectionChanged, this,
            [this]() { m_amendSharing->setEnabled(!m_sharing->selectedItems().isEmpty()); });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_finder);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_table, 2);
    rightLayout->addWidget(disclosureLabel);
    rightLayout->addWidget(m_disclosure, 2);
    auto* sharingRow = new QHBoxLayout;
    sharingRow->addWidget(m_sharingHeading, 1);
    sharingRow->addWidget(m_share);
    sharingRow->addWidget(m_amendSharing);
    rightLayout->addLayout(sharingRow);
    rightLayout->addWidget(m_sharing, 2);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_finder, &ReferralPupilFinder::pupilChanged, this, &ReferralsPage::showReferrals);
    m_finder->search(QString());
}

void ReferralsPage::showReferrals(qint64 pupilId)
{
    m_table->setRowCount(0);
    m_referrals.clear();
    m_error->hide();
    showDisclosure();
    m_share->setEnabled(pupilId != 0);
    if (pupilId == 0) {
        m_heading->setText(tr("Choose a child to see the referrals made for them."));
        showSharing(0);
        return;
    }
    try {
        const QList<Referral> referrals = ReferralRepository(m_vault).referrals(pupilId);
        m_heading->setText(referrals.isEmpty()
                               ? tr("No referrals have been made for %1.").arg(m_finder->pupilName())
                               : tr("Referrals made for %1, most recent first:").arg(m_finder->pupilName()));
        m_table->setRowCount(static_cast<int>(referrals.size()));
        for (int row = 0; row < referrals.size(); ++row) {
            const Referral& referral = referrals.at(row);
            m_referrals.append(referral);
            setCell(m_table, row, ReferredColumn, ukDateTime(referral.referredAt));
            setCell(m_table, row, ToWhomColumn, referral.toWhom);
            setCell(m_table, row, MethodColumn, referralMethodLabel(referral.method));
            setCell(m_table, row, AcknowledgedColumn,
                    referral.acknowledgedAt ? ukDateTime(*referral.acknowledgedAt) : tr("Not yet"));
            setCell(m_table, row, OutcomeColumn,
                    referral.outcome.isEmpty() ? tr("Awaited") : referral.outcome);
        }
        m_table->resizeRowsToContents();
    } catch (const Error& error) {
        showError(error.message());
    }
    showSharing(pupilId);
}

void ReferralsPage::showDisclosure()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_referrals.size() || m_table->selectedItems().isEmpty()) {
        m_disclosure->setPlainText(tr("Select a referral to see what was disclosed with it."));
        return;
    }
    // Read only when the DSL selects the referral: each look is on the audit chain.
    try {
        const std::optional<PackDisclosure> disclosure =
            PackDisclosureRepository(m_vault).forReferral(m_referrals.at(row).id);
        const bool pack = m_referrals.at(row).method == ReferralMethod::Pack;
        m_disclosure->setPlainText(
            disclosure ? disclosureText(*disclosure)
            : pack
                ? tr("No record of what this pack disclosed is kept in the vault: it was exported before "
                     "Lantern kept one.")
                : tr("This referral was not made by exporting a referral pack, so the vault holds no record "
                     "of what was disclosed with it."));
    } catch (const Error& error) {
        m_disclosure->clear();
        showError(error.message());
    }
}

void ReferralsPage::showSharing(qint64 pupilId)
{
    m_sharing->setRowCount(0);
    m_sharingRecords.clear();
    m_amendSharing->setEnabled(false);
    if (pupilId == 0) {
        m_sharingHeading->setText(
            tr("Information shared outside a referral pack is listed once a child is chosen."));
        return;
    }
    try {
        m_sharingRecords = SharingRepository(m_vault).records(pupilId);
        const QList<SharingRecord>& records = m_sharingRecords;
        m_sharingHeading->setText(
            records.isEmpty() ? tr("No information shared, received or not shared is recorded for %1.")
                                    .arg(m_finder->pupilName())
                              : tr("Information shared, received or not shared for %1, most recent first:")
                                    .arg(m_finder->pupilName()));
        m_sharing->setRowCount(static_cast<int>(records.size()));
        for (int row = 0; row < records.size(); ++row) {
            const SharingVersion& v = records.at(row).current;
            const QString when = ukDateTime(v.occurredAt);
            setCell(m_sharing, row, SharingWhenColumn, v.version > 1 ? tr("%1 (amended)").arg(when) : when);
            setCell(m_sharing, row, SharingDirectionColumn, sharingDirectionLabel(v.direction));
            setCell(m_sharing, row, SharingMethodColumn, sharingMethodLabel(v.method));
            setCell(m_sharing, row, SharingWithColumn, v.withWhom);
            setCell(m_sharing, row, SharingWhatColumn, v.what);
            setCell(m_sharing, row, SharingWhyColumn, v.why);
            setCell(m_sharing, row, SharingLawfulBasisColumn, v.lawfulBasis);
        }
        m_sharing->resizeRowsToContents();
    } catch (const Error& error) {
        showError(error.message());
    }
}

void ReferralsPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

ShareInformationDialog* ReferralsPage::shareInformation()
{
    const qint64 pupilId = m_finder->pupilId();
    if (pupilId == 0)
        return nullptr;
    Vault& vault = m_vault;
    auto* dialog = new ShareInformationDialog(
        m_finder->pupilName(), m_services.clock.nowUtc(), m_services.messages,
        [&vault, pupilId](const SharingDetails& details, const QString&) {
            SharingRepository(vault).add(pupilId, details);
        },
        this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, pupilId]() {
        if (m_finder->pupilId() == pupilId)
            showSharing(pupilId);
    });
    dialog->open();
    return dialog;
}

ReferralWizard* ReferralsPage::newReferral()
{
    ReferralWizard* wizard = openReferralWizard(m_vault, m_services, m_finder->pupilId(), this);
    connect(wizard, &ReferralWizard::referralRecorded, this, [this](qint64 pupilId, qint64) {
        if (m_finder->pupilId() == pupilId)
            showReferrals(pupilId);
    });
    return wizard;
}

ShareInformationDialog* ReferralsPage::amendSharing()
{
    const int row = m_sharing->currentRow();
    if (row < 0 || row >= m_sharingRecords.size() || m_sharing->selectedItems().isEmpty())
        return nullptr;
    const qint64 pupilId = m_finder->pupilId();
    const qint64 id = m_sharingRecords.at(row).id;
    Vault& vault = m_vault;
    auto* dialog = new ShareInformationDialog(
        m_finder->pupilName(), m_sharingRecords.at(row).current, m_services.messages,
        [&vault, id](const SharingDetails& details, const QString& reason) {
            SharingRepository(vault).amend(id, details, reason);
        },
        this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, pupilId]() {
        if (m_finder->pupilId() == pupilId)
            showSharing(pupilId);
    });
    dialog->open();
    return dialog;
}

} // namespace lantern
