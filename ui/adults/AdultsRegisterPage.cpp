#include "adults/AdultsRegisterPage.h"

#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "adults/AdultsAccess.h"
#include "adults/AdultsRegisterDialogs.h"
#include "adults/AdultsRegisterModels.h"
#include "adults/AdultsRetentionDialog.h"
#include "adults/AdultsSettings.h"
#include "adults/LadoConsultationRepository.h"
#include "calendar/UkTime.h"
#include "common/FormDialog.h"
#include "common/TableSupport.h"
#include "core/Error.h"
#include "vault/Vault.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

AdultsRegisterPage::AdultsRegisterPage(Vault& vault, const UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_services(services)
    , m_adults(new AdultsTableModel(this))
    , m_concerns(new AdultConcernsModel(this))
{
    setObjectName(QStringLiteral("adultsRegisterPage"));
    const bool chair = !adults::canKeepRegister(vault.user());

    auto* heading = new QLabel(tr("Adults register"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* explain =
        new QLabel(chair ? tr("Low-level concerns about the headteacher. Only the chair of governors "
                              "sees these; the headteacher and the DSL team do not.")
                         : tr("Low-level concerns about adults who work in or for the school "
                              "(Keeping Children Safe in Education). Concerns about the headteacher "
                              "are kept by the chair of governors and are not shown here."),
                   this);
    explain->setWordWrap(true);

    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("adultsPromptBanner"));
    m_prompt->setWordWrap(true);
    m_prompt->setStyleSheet(QStringLiteral("QLabel { background: #ffe8b0; color: #3d2b00; padding: 6px; }"));
    m_prompt->hide();
    m_error = makeFieldError(this, QStringLiteral("adultsError"));

    m_adultsTable =
        makeRecordTable(QStringLiteral("adultsTable"), tr("Adults in the register"), m_adults, this);
    m_concernsTable = makeRecordTable(QStringLiteral("adultConcernsTable"),
                                      tr("Low-level concerns about the selected adult"), m_concerns, this);
    connect(m_adultsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this]() { showSelectedAdult(); });
    connect(m_concernsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this]() { updateButtons(); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton(tr("A&dd adult…"), "addAdultButton", tr("Add an adult"),
                                 &AdultsRegisterPage::openAddAdult));
    m_needsAdult.append(addButton(tr("Adult's de&tails…"), "amendAdultButton",
                                  tr("Amend the adult's details"), &AdultsRegisterPage::openAmendAdult));
    m_needsAdult.append(addButton(tr("Record &concern…"), "recordAdultConcernButton",
                                  tr("Record a low-level concern"), &AdultsRegisterPage::openRecordConcern));
    m_needsConcern.append(addButton(tr("&Amend concern…"), "amendAdultConcernButton", tr("Amend the concern"),
                                    &AdultsRegisterPage::openAmendConcern));
    m_needsConcern.append(addButton(tr("Re&view…"), "reviewAdultConcernButton", tr("Review the concern"),
                                    &AdultsRegisterPage::openReview));
    m_lado = addButton(tr("&LADO consultation…"), "ladoButton", tr("Record a LADO consultation"),
                       &AdultsRegisterPage::openLado);
    for (QPushButton* button : m_needsAdult + m_needsConcern + QList<QPushButton*>{m_lado})
        buttons->addWidget(button);
    buttons->addStretch(1);
    // Everyone who has the page may delete what is past retention among the adults they see (the chair: the
    // headteacher's entry), as model/adults/AdultRetention decides.
    buttons->addWidget(addButton(tr("&Records due for deletion…"), "adultsRetentionButton",
                                 tr("Records due for deletion"), &AdultsRegisterPage::openRetention));
    if (!chair)
        buttons->addWidget(addButton(tr("&Settings…"), "adultsSettingsButton", tr("Adults register settings"),
                                     &AdultsRegisterPage::openSettings));

    auto* record = new QAction(tr("Record a low-level concern"), this);
    record->setObjectName(QStringLiteral("actionRecordAdultConcern"));
    record->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    record->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(record, &QAction::triggered, this, [this]() { openRecordConcern(); });
    addAction(record);

    auto* concernsLabel = new QLabel(tr("C&oncerns about the selected adult:"), this);
    concernsLabel->setBuddy(m_concernsTable);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(explain);
    layout->addWidget(m_prompt);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(m_adultsTable, 1);
    layout->addWidget(concernsLabel);
    layout->addWidget(m_concernsTable, 1);
    setFocusProxy(m_adultsTable);
    refresh();
}

template <typename Dialog>
QPushButton* AdultsRegisterPage::addButton(const QString& text, const char* objectName,
                                           const QString& accessibleName,
                                           Dialog* (AdultsRegisterPage::*open)())
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleName(accessibleName);
    connect(button, &QPushButton::clicked, this, [this, open]() { (this->*open)(); });
    return button;
}

void AdultsRegisterPage::refresh()
{
    const qint64 selected = selectedAdultId();
    try {
        m_adults->setAdults(AdultRegister(m_vault).list());
        setFieldError(m_error, QString());
    } catch (const Error& error) {
        m_adults->setAdults({});
        setFieldError(m_error, error.message());
    }
    int prompted = 0;
    for (int row = 0; row < m_adults->rowCount(); ++row)
        prompted += m_adults->adult(row).patternPrompt ? 1 : 0;
    m_prompt->setText(
        tr("%n adult(s) have a pattern of low-level concerns. Consider whether together they meet "
           "the harm threshold and whether the LADO should be consulted; record the consultation "
           "to clear the prompt.",
           nullptr, prompted));
    m_prompt->setVisible(prompted > 0);
    // Selecting a row shows it (currentRowChanged), and showing an adult is an audited view: only the adult
    // the user had chosen is shown again, never one chosen for them. Otherwise the concerns are cleared here.
    if (!selectAdult(selected))
        showSelectedAdult();
}

bool AdultsRegisterPage::selectAdult(qint64 adultId)
{
    const int row = m_adults->rowOf(adultId);
    if (row < 0)
        return false;
    m_adultsTable->selectionModel()->setCurrentIndex(
        m_adults->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

qint64 AdultsRegisterPage::selectedAdultId() const
{
    const QModelIndex current = m_adultsTable->selectionModel()->currentIndex();
    return current.isValid() ? m_adults->adult(current.row()).id : 0;
}

qint64 AdultsRegisterPage::selectedConcernId() const
{
    const QModelIndex current = m_concernsTable->selectionModel()->currentIndex();
    return current.isValid() ? m_concerns->concern(current.row()).id : 0;
}

void AdultsRegisterPage::showSelectedAdult()
{
    const qint64 id = selectedAdultId();
    m_selectedName.clear();
    m_unconsidered = 0;
    if (id == 0) {
        m_concerns->setConcerns({}, {});
    } else {
        try {
            const Adult adult = AdultRegister(m_vault).get(id); // audited as a view
            m_selectedName = adult.summary.details.name;
            for (const AdultConcern& concern : adult.concerns)
                m_unconsidered += concern.consultationId ? 0 : 1;
            m_concerns->setConcerns(adult.concerns, adult.summary.promptConcernIds);
        } catch (const Error& error) {
            m_concerns->setConcerns({}, {});
            setFieldError(m_error, error.message());
        }
    }
    updateButtons();
}

void AdultsRegisterPage::updateButtons()
{
    const bool adult = selectedAdultId() != 0;
    const bool concern = selectedConcernId() != 0;
    for (QPushButton* button : m_needsAdult)
        button->setEnabled(adult);
    for (QPushButton* button : m_needsConcern)
        button->setEnabled(concern);
    m_lado->setEnabled(adult && m_unconsidered > 0);
}

AdultsFormDialog* AdultsRegisterPage::show(AdultsFormDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() { refresh(); });
    dialog->open();
    return dialog;
}

AdultsFormDialog* AdultsRegisterPage::openAddAdult()
{
    return show(new AdultDetailsDialog(
        [this](const AdultDetails& details, const QString&) {
            NewAdult adult;
            adult.details = details;
            // The chair's only entry is the headteacher's.
            adult.isHeadteacher = !adults::canKeepRegister(m_vault.user());
            const qint64 id = AdultRegister(m_vault).add(adult);
            refresh();
            selectAdult(id);
        },
        this));
}

AdultsFormDialog* AdultsRegisterPage::openAmendAdult()
{
    const int row = m_adultsTable->selectionModel()->currentIndex().row();
    if (row < 0)
        return nullptr;
    const AdultSummary adult = m_adults->adult(row);
    return show(new AdultDetailsDialog(
        adult.details, ukToday(m_services.clock),
        [this, id = adult.id](const AdultDetails& details, const QString& reason) {
            AdultRegister(m_vault).amend(id, details, reason);
        },
        this));
}

AdultsFormDialog* AdultsRegisterPage::openRecordConcern()
{
    const qint64 id = selectedAdultId();
    if (id == 0)
        return nullptr;
    return show(new AdultConcernDialog(
        m_selectedName, m_vault.user().displayName, ukToday(m_services.clock),
        [this, id](const AdultConcernContent& content, const QString&) {
            ReportedAdultConcern concern;
            concern.adult.adultId = id;
            concern.content = content;
            AdultConcernRepository(m_vault).record(concern);
        },
        this));
}

AdultsFormDialog* AdultsRegisterPage::openAmendConcern()
{
    const QModelIndex current = m_concernsTable->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    const AdultConcern concern = m_concerns->concern(current.row());
    const AdultConcernContent before = concern.current.content;
    return show(new AdultConcernDialog(
        m_selectedName, concern.current, ukToday(m_services.clock),
        [this, id = concern.id, before](const AdultConcernContent& after, const QString& reason) {
            // Only what changed goes into the amendment.
            AdultConcernChanges changes;
            if (!(after.occurred == before.occurred))
                changes.occurred = after.occurred;
            if (after.account != before.account)
                changes.account = after.account;
            if (after.response != before.response)
                changes.response = after.response;
            if (after.reporterName != before.reporterName)
                changes.reporterName = after.reporterName;
            if (after.selfReport != before.selfReport)
                changes.selfReport = after.selfReport;
            if (after.reporterWithheld != before.reporterWithheld)
                changes.reporterWithheld = after.reporterWithheld;
            AdultConcernRepository(m_vault).amend(id, changes, reason);
        },
        this));
}

AdultsFormDialog* AdultsRegisterPage::openReview()
{
    const qint64 id = selectedConcernId();
    if (id == 0)
        return nullptr;
    return show(new AdultReviewDialog(
        ukToday(m_services.clock),
        [this, id](const QDate& on, const QString& notes) {
            AdultConcernRepository(m_vault).review(id, on, notes);
        },
        this));
}

AdultsFormDialog* AdultsRegisterPage::openLado()
{
    const qint64 id = selectedAdultId();
    if (id == 0 || m_unconsidered == 0)
        return nullptr;
    return show(new LadoConsultationDialog(
        m_selectedName, m_unconsidered, ukToday(m_services.clock),
        [this, id](const NewLadoConsultation& consultation) {
            LadoConsultationRepository(m_vault).record(id, consultation);
        },
        this));
}

AdultsFormDialog* AdultsRegisterPage::openSettings()
{
    AdultsRegisterSettings current;
    try {
        current = AdultsSettings(m_vault).get();
    } catch (const Error& error) {
        setFieldError(m_error, error.message());
        return nullptr;
    }
    return show(new AdultsSettingsDialog(
        current, [this](const AdultsRegisterSettings& settings) { AdultsSettings(m_vault).set(settings); },
        this));
}

AdultsRetentionDialog* AdultsRegisterPage::openRetention()
{
    auto* dialog = new AdultsRetentionDialog(m_vault, m_services.messages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The page reloads at once, so the adult is gone from it whether the dialog is closed or the window
    // locks.
    connect(dialog, &AdultsRetentionDialog::recordsDeleted, this, [this]() { refresh(); });
    dialog->open();
    return dialog;
}

} // namespace lantern
