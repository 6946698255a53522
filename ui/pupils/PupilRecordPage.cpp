#include "pupils/PupilRecordPage.h"

#include "common/ClipboardGuard.h"
#include "common/MessageSeam.h"
#include "common/PageHost.h"
#include "common/PupilPicker.h"
#include "common/UiServices.h"
#include "concern/ConcernForm.h"
#include "core/Clock.h"
#include "pupils/ChronologyTab.h"
#include "pupils/ConcernHistory.h"
#include "pupils/DocumentsTab.h"
#include "pupils/FamilyTab.h"
#include "pupils/Flags.h"
#include "pupils/PlansTab.h"
#include "pupils/VoiceTab.h"
#include "records/PupilDirectory.h"
#include "records/PupilRepository.h"
#include "referral/ReferralWizard.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lantern {

namespace {

int ageOn(const QDate& born, const QDate& today)
{
    int age = today.year() - born.year();
    if (today.month() < born.month() || (today.month() == born.month() && today.day() < born.day()))
        --age;
    return age;
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QPalette palette = label->palette();
    // Quieter than the values under it, but well above the contrast of disabled text.
    QColor quiet = palette.color(QPalette::WindowText);
    quiet.setAlpha(170);
    palette.setColor(QPalette::WindowText, quiet);
    label->setPalette(palette);
    return label;
}

} // namespace

PupilRecordPage::PupilRecordPage(Vault& vault, const UiServices& services, PageHost* host, qint64 pupilId,
                                 std::function<void(qint64)> openPupil, QWidget* parent)
    : QWidget(parent)
    , m_context(
          std::make_unique<RecordContext>(RecordContext{vault, services, host, {}, std::move(openPupil)}))
{
    setObjectName(QStringLiteral("pupilRecord"));
    m_context->pupil.id = pupilId;
    m_valid = runReported(services.messages, this, tr("Pupil record"), [&] {
        const std::optional<Pupil> pupil = PupilRepository(vault).find(pupilId);
        if (pupil)
            m_context->pupil = *pupil;
    });
    m_valid = m_valid && !m_context->pupil.legalSurname.isEmpty();

    auto* back = new QPushButton(tr("← &Back to pupils"), this);
    back->setObjectName(QStringLiteral("recordBack"));
    back->setAccessibleName(tr("Back to the list of pupils"));
    back->setToolTip(tr("Back to the list of pupils (Alt+Left)"));
    back->setFlat(true);
    auto* backAction = new QAction(tr("Back"), this);
    backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(backAction);
    connect(back, &QPushButton::clicked, this, &PupilRecordPage::backRequested);
    connect(backAction, &QAction::triggered, this, &PupilRecordPage::backRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 12);
    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch(1);
    layout->addLayout(top);
    if (!m_valid) {
        layout->addWidget(new QLabel(tr("This record could not be opened."), this));
        layout->addStretch(1);
        return;
    }

    if (hasPermission(vault.user(), Permission::RecordConcern) &&
        hasPermission(vault.user(), Permission::WritePupilRecords)) {
        m_newConcern = new QPushButton(tr("&New concern about this child…"), this);
        m_newConcern->setObjectName(QStringLiteral("newConcernFromRecord"));
        m_newConcern->setAccessibleName(tr("Record a concern about this child"));
        connect(m_newConcern, &QPushButton::clicked, this, &PupilRecordPage::newConcern);
        top->addWidget(m_newConcern);
    }
    if (hasPermission(vault.user(), Permission::Export)) {
        m_refer = new QPushButton(tr("New &referral pack…"), this);
        m_refer->setObjectName(QStringLiteral("newReferralFromRecord"));
        m_refer->setAccessibleName(tr("New referral pack for this child"));
        connect(m_refer, &QPushButton::clicked, this, &PupilRecordPage::newReferral);
        top->addWidget(m_refer);
    }
    layout->addWidget(buildHeader());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setAccessibleName(tr("Parts of the record"));
    m_tabs->setDocumentMode(true);
    m_chronology = new ChronologyTab(*m_context, m_tabs);
    m_concerns = new ConcernHistoryTab(*m_context, m_tabs);
    m_voice = new VoiceTab(*m_context, m_tabs);
    m_plans = new PlansTab(*m_context, m_tabs);
    m_family = new FamilyTab(*m_context, m_tabs);
    m_documents = new DocumentsTab(*m_context, m_tabs);
    m_tabs->addTab(m_chronology, tr("Chronology"));
    m_tabs->addTab(m_concerns, tr("Concerns"));
    m_tabs->addTab(m_voice, tr("Child's voice"));
    m_tabs->addTab(m_plans, tr("Plans and agencies"));
    m_tabs->addTab(m_family, tr("Family"));
    m_tabs->addTab(m_documents, tr("Documents"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (auto* tab = qobject_cast<RecordTab*>(m_tabs->widget(index)))
            tab->ensureLoaded();
    });
    m_chronology->ensureLoaded();
}

PupilRecordPage::~PupilRecordPage() = default;

QWidget* PupilRecordPage::buildHeader()
{
    const Pupil& pupil = m_context->pupil;
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("recordHeader"));

    auto* name = recordDataLabel(pupil.displayName(), header);
    name->setObjectName(QStringLiteral("recordName"));
    name->setAccessibleName(tr("Name"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    name->setFont(nameFont);
    auto* flags = new FlagBadges(pupil.flags(), header);
    flags->setObjectName(QStringLiteral("recordFlags"));

    const QDate today = m_context->services.clock.nowUtc().toLocalTime().date();
    const QString born = tr("%1 (age %2)")
                             .arg(TextServices::formatDate(pupil.dateOfBirth))
                             .arg(ageOn(pupil.dateOfBirth, today));
    const QString group = pupil.registrationGroup.isEmpty()
                              ? pupil.yearGroup
                              : tr("%1, %2").arg(pupil.yearGroup, pupil.registrationGroup);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    int column = 0;
    const auto addField = [&](const QString& title, const QString& value, const char* objectName) {
        auto* label = recordDataLabel(value, header);
        label->setObjectName(QString::fromLatin1(objectName));
        label->setAccessibleName(title);
        grid->addWidget(caption(title, header), 0, column);
        grid->addWidget(label, 1, column);
        ++column;
        return label;
    };
    if (pupil.legalName() != pupil.displayName())
        addField(tr("Legal name"), pupil.legalName(), "recordLegalName");
    addField(tr("Date of birth"), born, "recordDateOfBirth");
    QLabel* upn = addField(tr("UPN"), pupil.upn.isEmpty() ? tr("Not known") : pupil.upn, "recordUpn");
    if (!pupil.upn.isEmpty()) {
        auto* copy = new QPushButton(tr("&Copy"), header);
        copy->setObjectName(QStringLiteral("copyUpn"));
        copy->setAccessibleName(tr("Copy the UPN"));
        copy->setToolTip(tr("Copies the UPN; the clipboard is cleared after 30 seconds"));
        copy->setEnabled(m_context->host != nullptr);
        connect(copy, &QPushButton::clicked, this, &PupilRecordPage::copyUpn);
        auto* upnRow = new QHBoxLayout;
        upnRow->setSpacing(6);
        grid->removeWidget(upn);
        upnRow->addWidget(upn);
        upnRow->addWidget(copy);
        grid->addLayout(upnRow, 1, column - 1);
    }
    addField(tr("NHS number"), pupil.nhsNumber.isEmpty() ? tr("Not known") : pupil.nhsNumber, "recordNhs");
    addField(tr("Year and group"), group, "recordGroup");
    grid->setColumnStretch(column, 1);

    m_copied = new QLabel(header);
    m_copied->setObjectName(QStringLiteral("copiedNote"));

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(name);
    titleRow->addSpacing(8);
    titleRow->addWidget(flags, 1);
    titleRow->addWidget(m_copied);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addLayout(titleRow);
    layout->addLayout(grid);
    return header;
}

ReferralWizard* PupilRecordPage::newReferral()
{
    ReferralWizard* wizard =
        openReferralWizard(m_context->vault, m_context->services, m_context->pupil.id, this);
    connect(wizard, &ReferralWizard::referralRecorded, this, [this]() {
        if (m_chronology->isLoaded())
            m_chronology->reload();
    });
    return wizard;
}

ConcernForm* PupilRecordPage::newConcern()
{
    auto* form = new ConcernForm(m_context->vault, m_context->services, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    const Pupil& pupil = m_context->pupil;
    form->pupilPicker()->preselect(DirectoryPupil(pupil.id, pupil.displayName(), pupil.yearGroup));
    connect(form, &ConcernForm::recorded, this, [this]() {
        if (m_chronology->isLoaded())
            m_chronology->reload();
        if (m_concerns->isLoaded())
            m_concerns->reload();
    });
    form->open();
    return form;
}

void PupilRecordPage::copyUpn()
{
    if (!m_context->host || m_context->pupil.upn.isEmpty())
        return;
    m_context->host->clipboard().copy(m_context->pupil.upn);
    m_copied->setText(tr("UPN copied; cleared in 30 seconds"));
}

} // namespace lantern
