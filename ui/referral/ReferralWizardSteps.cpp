#include "referral/ReferralWizardSteps.h"

#include "calendar/UkTime.h"
#include "common/ClipboardGuard.h"
#include "common/FileChooser.h"
#include "common/PrintSeam.h"
#include "core/Error.h"
#include "export/PackPassphrase.h"
#include "export/PdfWriter.h"
#include "export/ReferralPackBuilder.h"
#include "records/AgencyRepository.h"
#include "records/PupilRepository.h"
#include "records/SchoolRepository.h"
#include "referral/PackPreview.h"
#include "referral/ReferralPupilFinder.h"
#include "referral/ReferralWizard.h"
#include "referral/WizardFields.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QBuffer>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace lantern {

using namespace wizardfields;

namespace {

QString sectionLabel(ReferralSection section)
{
    switch (section) {
    case ReferralSection::Family:
        return ReferralSectionsPage::tr("Family and who the child lives with");
    case ReferralSection::Concerns:
        return ReferralSectionsPage::tr("Concerns in the period");
    case ReferralSection::Chronology:
        return ReferralSectionsPage::tr("Chronology of the period");
    case ReferralSection::Voice:
        return ReferralSectionsPage::tr("The child's voice");
    case ReferralSection::ActionsTaken:
        return ReferralSectionsPage::tr("What the school has done");
    case ReferralSection::AgenciesAndPlans:
        return ReferralSectionsPage::tr("Agencies and plans");
    case ReferralSection::Attendance:
        return ReferralSectionsPage::tr("Attendance (when figures are given)");
    case ReferralSection::Attachments:
        return ReferralSectionsPage::tr("Attachments, listed with their hashes");
    }
    return referralSectionName(section);
}

} // namespace

// --- 1. Pupil -------------------------------------------------------------------------------------------

ReferralPupilPage::ReferralPupilPage(ReferralWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("referralPupilPage"));
    setTitle(tr("Which child is the referral about?"));
    setSubTitle(tr("Type part of a name or the UPN, then choose the child."));
    m_finder = new ReferralPupilFinder(wizard.vault(), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_finder);
    connect(m_finder, &ReferralPupilFinder::pupilChanged, this, &QWizardPage::completeChanged);
    m_finder->search(QString());
}

bool ReferralPupilPage::preselect(qint64 pupilId)
{
    try {
        const std::optional<Pupil> pupil = PupilRepository(m_wizard.vault()).find(pupilId);
        if (!pupil)
            return false;
        m_finder->preselect(*pupil);
        return true;
    } catch (const Error&) {
        return false;
    }
}

bool ReferralPupilPage::isComplete() const
{
    return m_finder->pupilId() != 0;
}

// --- 2. Period and recipient ----------------------------------------------------------------------------

ReferralPeriodPage::ReferralPeriodPage(ReferralWizard& wizard)
    : QWizardPage(&wizard)
{
    setObjectName(QStringLiteral("referralPeriodPage"));
    setTitle(tr("Period and recipient"));
    setSubTitle(tr("The pack holds the concerns, chronology and voice of this period. Most referrals cover "
                   "the last twelve months."));

    const QDate today = ukToday(wizard.services().clock);
    const auto dateEdit = [this](const char* name, const QString& accessible, const QDate& date) {
        auto* edit = new QDateEdit(date, this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        return edit;
    };
    m_from = dateEdit("periodFrom", tr("Period from"), today.addYears(-1).addDays(1));
    m_to = dateEdit("periodTo", tr("Period to"), today);

    m_toWhom = new QLineEdit(Recipient::defaultTeam(), this);
    m_toWhom->setObjectName(QStringLiteral("toWhom"));
    m_toWhom->setAccessibleName(tr("Team referred to"));
    m_localAuthority = new QLineEdit(this);
    m_localAuthority->setObjectName(QStringLiteral("localAuthority"));
    m_localAuthority->setAccessibleName(tr("Local authority"));
    try {
        // Most children live in the school's authority; the DSL changes it for one who does not.
        if (const std::optional<SchoolDetails> school = SchoolRepository(wizard.vault()).details())
            m_localAuthority->setText(school->laName);
    } catch (const Error&) {
        // The school's details are a convenience here: the DSL can type the authority.
    }

    m_agency = new QComboBox(this);
    m_agency->setObjectName(QStringLiteral("agency"));
    m_agency->setAccessibleName(tr("Agency"));
    m_agency->addItem(tr("No agency from the list"), QVariant());
    try {
        for (const Agency& agency : AgencyRepository(wizard.vault()).agencies())
            m_agency->addItem(agency.name, agency.id);
    } catch (const Error&) {
        // The list is a convenience: "To whom" alone is enough for a referral.
    }

    m_error = errorLabel(this, "periodError");

    auto* form = new QFormLayout;
    form->addRow(tr("Fro&m:"), m_from);
    form->addRow(tr("T&o:"), m_to);
    form->addRow(tr("&Team referred to:"), m_toWhom);
    form->addRow(tr("&Local authority:"), m_localAuthority);
    form->addRow(tr("&Agency:"), m_agency);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_from, &QDateEdit::dateChanged, this, &ReferralPeriodPage::update);
    connect(m_to, &QDateEdit::dateChanged, this, &ReferralPeriodPage::update);
    connect(m_toWhom, &QLineEdit::textChanged, this, &ReferralPeriodPage::update);
    // Choosing an agency names it as the recipient, unless the DSL has typed a team of their own.
    connect(m_agency, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString current = m_toWhom->text().trimmed();
        const bool untouched = current.isEmpty() || current == Recipient::defaultTeam() ||
                               current == m_lastAgencyName;
        if (index > 0 && untouched) {
            m_lastAgencyName = m_agency->itemText(index);
            m_toWhom->setText(m_lastAgencyName);
        }
    });
}

void ReferralPeriodPage::update()
{
    QString problem;
    if (m_from->date() > m_to->date())
        problem = tr("The period starts after it ends: choose a start date on or before the end date.");
    else if (m_toWhom->text().trimmed().isEmpty())
        problem = tr("Name the team the referral goes to.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

bool ReferralPeriodPage::isComplete() const
{
    return m_from->date() <= m_to->date() && !m_toWhom->text().trimmed().isEmpty();
}

void ReferralPeriodPage::apply(ReferralPackRequest& request) const
{
    request.from = m_from->date();
    request.to = m_to->date();
    request.recipient.team = m_toWhom->text().trimmed();
    request.recipient.localAuthority = m_localAuthority->text().trimmed();
    const QVariant agency = m_agency->currentData();
    request.agencyId = agency.isValid() ? std::optional<qint64>(agency.toLongLong()) : std::nullopt;
}

// --- 3. Sections and narrative --------------------------------------------------------------------------

ReferralSectionsPage::ReferralSectionsPage(ReferralWizard& wizard)
    : QWizardPage(&wizard)
{
    setObjectName(QStringLiteral("referralSectionsPage"));
    setTitle(tr("What goes in, in your words"));
    setSubTitle(tr("The child, the school, the reason and the basis for sharing are always included."));

    auto* content = new QWidget;
    auto* sections = new QGroupBox(tr("Sections"), content);
    auto* grid = new QGridLayout(sections);
    const QList<ReferralSection> all = allReferralSections();
    for (qsizetype i = 0; i < all.size(); ++i) {
        auto* box = new QCheckBox(sectionLabel(all.at(i)), sections);
        box->setObjectName(QStringLiteral("section-") + referralSectionName(all.at(i)));
        box->setAccessibleName(sectionLabel(all.at(i)));
        box->setChecked(true);
        m_sections.insert(all.at(i), box);
        grid->addWidget(box, static_cast<int>(i / 2), static_cast<int>(i % 2));
    }

    m_reason = textBox(content, "narrativeReason", tr("Reason for referral"));
    m_worried = textBox(content, "narrativeWorried", tr("What we are worried about"));
    m_workingWell = textBox(content, "narrativeWorkingWell", tr("What is working well"));
    m_needsToHappen = textBox(content, "narrativeNeedsToHappen", tr("What needs to happen"));
    m_actions = textBox(content, "narrativeActions", tr("Actions already taken"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Reason for referral (required):"), m_reason);
    form->addRow(tr("What we are &worried about (required):"), m_worried);
    form->addRow(tr("What is w&orking well:"), m_workingWell);
    form->addRow(tr("What needs to hap&pen:"), m_needsToHappen);
    form->addRow(tr("Actions already ta&ken:"), m_actions);

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(sections);
    contentLayout->addLayout(form);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_worried, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
}

// A referral cannot be acted on without its reason and its worries (ReferralPackBuilder refuses it too).
bool ReferralSectionsPage::isComplete() const
{
    return !plain(m_reason).isEmpty() && !plain(m_worried).isEmpty();
}

void ReferralSectionsPage::apply(ReferralPackRequest& request) const
{
    request.sections.clear();
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            request.sections.append(it.key());
    }
    request.narrative.reason = plain(m_reason);
    request.narrative.worried = plain(m_worried);
    request.narrative.workingWell = plain(m_workingWell);
    request.narrative.needsToHappen = plain(m_needsToHappen);
    request.narrative.actionsSummary = plain(m_actions);
}

// --- 4. Basis for sharing -------------------------------------------------------------------------------

QString ReferralBasisPage::defaultLawfulBasis()
{
    return tr("UK GDPR Article 6(1)(e): public task (the school's safeguarding duty, Education Act 2002 "
              "s175/s157)");
}

ReferralBasisPage::ReferralBasisPage(ReferralWizard& wizard)
    : QWizardPage(&wizard)
{
    setObjectName(QStringLiteral("referralBasisPage"));
    setTitle(tr("Basis for sharing"));
    setSubTitle(tr("The receiving team asks about these first. Change the wording if your basis differs."));

    m_lawfulBasis = textBox(this, "lawfulBasis", tr("Lawful basis (UK GDPR Article 6)"), 2);
    m_lawfulBasis->setPlainText(defaultLawfulBasis());
    m_condition = textBox(this, "specialCategoryCondition", tr("Special category condition (DPA 2018)"), 2);
    m_condition->setPlainText(SharingBasis::defaultSpecialCategoryCondition());

    auto* consent = new QGroupBox(tr("The family's consent to the referral"), this);
    m_consentGiven = new QRadioButton(tr("&Given"), consent);
    m_consentGiven->setObjectName(QStringLiteral("consentGiven"));
    m_consentGiven->setAccessibleName(tr("Consent was given"));
    m_consentRefused = new QRadioButton(tr("&Refused"), consent);
    m_consentRefused->setObjectName(QStringLiteral("consentRefused"));
    m_consentRefused->setAccessibleName(tr("Consent was refused"));
    m_consentNo = new QRadioButton(tr("N&ot sought"), consent);
    m_consentNo->setObjectName(QStringLiteral("consentNotSought"));
    m_consentNo->setAccessibleName(tr("Consent was not sought"));
    auto* consentGroup = new QButtonGroup(consent);
    for (QRadioButton* button : {m_consentGiven, m_consentRefused, m_consentNo})
        consentGroup->addButton(button);
    m_consentDate = new QDateEdit(ukToday(wizard.services().clock), consent);
    m_consentDate->setObjectName(QStringLiteral("consentDate"));
    m_consentDate->setAccessibleName(tr("When consent was given or refused"));
    m_consentDate->setCalendarPopup(true);
    m_consentDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_consentBy = new QLineEdit(consent);
    m_consentBy->setObjectName(QStringLiteral("consentBy"));
    m_consentBy->setAccessibleName(tr("Who gave or refused consent"));
    m_consentBy->setPlaceholderText(tr("e.g. Mother"));
    m_consentReason = textBox(consent, "consentReason", tr("Why consent was not sought, or what was said"), 2);
    m_consentReason->setPlaceholderText(
        tr("Why not sought (e.g. seeking it could place the child at risk), or what was said when refused"));
    auto* consentLayout = new QVBoxLayout(consent);
    auto* consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consentGiven);
    consentRow->addWidget(m_consentRefused);
    consentRow->addWidget(m_consentNo);
    consentRow->addStretch(1);
    consentLayout->addLayout(consentRow);
    auto* consentForm = new QFormLayout;
    consentForm->addRow(tr("&When:"), m_consentDate);
    consentForm->addRow(tr("By w&hom:"), m_consentBy);
    consentLayout->addLayout(consentForm);
    consentLayout->addWidget(m_consentReason);

    auto* parents = new QGroupBox(tr("Parents or carers"), this);
    m_parentsYes = new QRadioButton(tr("They &know about the referral"), parents);
    m_parentsYes->setObjectName(QStringLiteral("parentsAware"));
    m_parentsYes->setAccessibleName(tr("Parents or carers know about the referral"));
    m_parentsNo = new QRadioButton(tr("They do not &yet know"), parents);
    m_parentsNo->setObjectName(QStringLiteral("parentsNotAware"));
    m_parentsNo->setAccessibleName(tr("Parents or carers do not know about the referral"));
    auto* parentsGroup = new QButtonGroup(parents);
    parentsGroup->addButton(m_parentsYes);
    parentsGroup->addButton(m_parentsNo);
    m_parentsReason = textBox(parents, "parentsReason", tr("Why the parents or carers are not told"), 2);
    m_parentsReason->setPlaceholderText(tr("Why not, e.g. telling them could increase the risk"));
    auto* parentsLayout = new QVBoxLayout(parents);
    auto* parentsRow = new QHBoxLayout;
    parentsRow->addWidget(m_parentsYes);
    parentsRow->addWidget(m_parentsNo);
    parentsRow->addStretch(1);
    parentsLayout->addLayout(parentsRow);
    parentsLayout->addWidget(m_parentsReason);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Lawful basis:"), m_lawfulBasis);
    form->addRow(tr("Special &category condition:"), m_condition);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(consent);
    layout->addWidget(parents);
    layout->addStretch(1);

    for (QRadioButton* button : {m_consentGiven, m_consentRefused, m_consentNo, m_parentsYes, m_parentsNo})
        connect(button, &QRadioButton::toggled, this, &ReferralBasisPage::update);
    update();
}

// "Why not" is asked only when the answer is no.
void ReferralBasisPage::update()
{
    const bool answered = m_consentGiven->isChecked() || m_consentRefused->isChecked();
    m_consentDate->setEnabled(answered);
    m_consentBy->setEnabled(answered);
    m_consentReason->setEnabled(m_consentNo->isChecked() || m_consentRefused->isChecked());
    m_parentsReason->setEnabled(m_parentsNo->isChecked());
}

void ReferralBasisPage::apply(ReferralPackRequest& request) const
{
    request.basis.lawfulBasis = plain(m_lawfulBasis);
    request.basis.specialCategoryCondition = plain(m_condition);
    request.basis.consent.reset();
    if (m_consentGiven->isChecked())
        request.basis.consent =
            ConsentDecision{ConsentOutcome::Given, m_consentDate->date(), m_consentBy->text().trimmed(), {}};
    else if (m_consentRefused->isChecked())
        request.basis.consent = ConsentDecision{ConsentOutcome::Refused, m_consentDate->date(),
                                                m_consentBy->text().trimmed(), plain(m_consentReason)};
    else if (m_consentNo->isChecked())
        request.basis.consent =
            ConsentDecision{ConsentOutcome::NotSought, std::nullopt, {}, plain(m_consentReason)};
    if (m_parentsYes->isChecked())
        request.basis.parentsAware = ParentsAwareDecision{true, {}};
    else if (m_parentsNo->isChecked())
        request.basis.parentsAware = ParentsAwareDecision{false, plain(m_parentsReason)};
    else
        request.basis.parentsAware.reset();
}

// --- 5. Preflight ---------------------------------------------------------------------------------------

ReferralPreflightPage::ReferralPreflightPage(ReferralWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("referralPreflightPage"));
    setTitle(tr("Before export: what is missing"));
    setSubTitle(
        tr("Fix each finding, or say why you are going ahead without it. Your reasons go into the pack "
           "and the audit log."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    m_error = errorLabel(this, "preflightError");

    m_list = new QWidget;
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_list);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
}

QString ReferralPreflightPage::findingText(const PreflightIssue& issue)
{
    const QString& code = issue.code;
    if (code == QLatin1String(ReferralPreflight::NoVoice))
        return tr("No child's voice is recorded in the period.");
    if (code == QLatin1String(ReferralPreflight::NoLawfulBasis))
        return tr("No lawful basis for sharing is given.");
    if (code == QLatin1String(ReferralPreflight::NoConsentDecision))
        return tr("No decision on consent is recorded, or consent was not sought and no reason is given.");
    if (code == QLatin1String(ReferralPreflight::NoChronology))
        return tr("The chronology has no entries in the period.");
    if (code == QLatin1String(ReferralPreflight::NoParentsAwareDecision))
        return tr("It is not recorded whether the parents or carers know, or they do not and no reason is "
                  "given.");
    if (code == QLatin1String(ReferralPreflight::SafeToGoHomeUnanswered))
        return tr("\"Is the child safe to go home today?\" is not answered.");
    if (code == QLatin1String(ReferralPreflight::FamilyHelpWithoutConsent))
        return tr("Family help is asked for, but the family's consent is not recorded as given.");
    return issue.message;
}

QString ReferralPreflightPage::fixHint(const QString& code)
{
    if (code == QLatin1String(ReferralPreflight::NoVoice))
        return tr("To fix: record what the child said on their record, or widen the period.");
    if (code == QLatin1String(ReferralPreflight::NoChronology))
        return tr("To fix: widen the period, include the entries, or add the events to the child's "
                  "chronology.");
    if (code == QLatin1String(ReferralPreflight::NoRequest) ||
        code == QLatin1String(ReferralPreflight::SafeToGoHomeUnanswered))
        return tr("To fix: say what you are asking for.");
    return tr("To fix: complete the basis for sharing.");
}

int ReferralPreflightPage::fixPage(const QString& code)
{
    if (code == QLatin1String(ReferralPreflight::NoVoice) ||
        code == QLatin1String(ReferralPreflight::NoChronology))
        return ReferralWizard::PeriodPageId;
    if (code == QLatin1String(ReferralPreflight::NoRequest) ||
        code == QLatin1String(ReferralPreflight::SafeToGoHomeUnanswered))
        return ReferralWizard::RequestPageId;
    return ReferralWizard::BasisPageId;
}

void ReferralPreflightPage::initializePage()
{
    recheck();
}

void ReferralPreflightPage::recheck()
{
    m_error->hide();
    try {
        m_issues = ReferralPreflight(m_wizard.vault()).check(m_wizard.request());
        m_checked = true;
    } catch (const Error& error) {
        m_issues.clear();
        m_checked = false;
        m_error->setText(error.message());
        m_error->show();
    }
    rebuild();
    Q_EMIT completeChanged();
}

void ReferralPreflightPage::rebuild()
{
    for (QWidget* row : m_list->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        delete row;
    m_reasonEdits.clear();
    m_fixButtons.clear();
    while (m_listLayout->count() > 0)
        delete m_listLayout->takeAt(0);

    if (!m_checked)
        m_summary->setText(tr("The checks could not be run."));
    else if (m_issues.isEmpty())
        m_summary->setText(tr("Nothing is missing. Go on to the preview."));
    else
        // Worded so that it reads right for one finding or several without a plural translation.
        m_summary->setText(tr("Findings to fix, or to proceed past with a reason: %n.", nullptr,
                              static_cast<int>(m_issues.size())));

    for (const PreflightIssue& issue : std::as_const(m_issues)) {
        auto* row = new QFrame(m_list);
        row->setObjectName(QStringLiteral("finding-") + issue.code);
        row->setFrameShape(QFrame::StyledPanel);
        auto* message = new QLabel(findingText(issue), row);
        message->setWordWrap(true);
        QFont bold = message->font();
        bold.setBold(true);
        message->setFont(bold);
        auto* hint = new QLabel(fixHint(issue.code), row);
        hint->setWordWrap(true);
        auto* fix = new QPushButton(fixPage(issue.code) == ReferralWizard::PeriodPageId
                                        ? tr("Change the period")
                                        : tr("Go to the basis for sharing"),
                                    row);
        fix->setObjectName(QStringLiteral("fix-") + issue.code);
        fix->setAccessibleName(tr("Fix: %1").arg(findingText(issue)));
        fix->setAutoDefault(false);
        const int target = fixPage(issue.code);
        connect(fix, &QPushButton::clicked, this, [this, target]() { m_wizard.goBackTo(target); });
        auto* reason = new QLineEdit(m_reasons.value(issue.code), row);
        reason->setObjectName(QStringLiteral("reason-") + issue.code);
        reason->setAccessibleName(tr("Reason for proceeding: %1").arg(findingText(issue)));
        reason->setPlaceholderText(tr("Proceed, because…"));
        const QString code = issue.code;
        connect(reason, &QLineEdit::textChanged, this, [this, code](const QString& text) {
            m_reasons.insert(code, text);
            Q_EMIT completeChanged();
        });
        auto* reasonLabel = new QLabel(tr("&Proceed, because:"), row);
        reasonLabel->setBuddy(reason);

        auto* grid = new QGridLayout(row);
        grid->addWidget(message, 0, 0, 1, 3);
        grid->addWidget(hint, 1, 0, 1, 2);
        grid->addWidget(fix, 1, 2);
        grid->addWidget(reasonLabel, 2, 0);
        grid->addWidget(reason, 2, 1, 1, 2);
        grid->setColumnStretch(1, 1);
        m_listLayout->addWidget(row);
        m_reasonEdits.insert(issue.code, reason);
        m_fixButtons.insert(issue.code, fix);
    }
    m_listLayout->addStretch(1);
    // Focus on the first reason once QWizard has shown the page (it focuses the page's first input itself),
    // unless the DSL has already moved on: the focus must not land on a page that is no longer shown.
    if (!m_issues.isEmpty()) {
        QLineEdit* first = m_reasonEdits.value(m_issues.constFirst().code);
        QTimer::singleShot(0, first, [this, first]() {
            if (m_wizard.currentPage() == this)
                first->setFocus();
        });
    }
}

bool ReferralPreflightPage::isComplete() const
{
    if (!m_checked)
        return false;
    for (const PreflightIssue& issue : m_issues) {
        if (m_reasons.value(issue.code).trimmed().isEmpty())
            return false;
    }
    return true;
}

void ReferralPreflightPage::apply(ReferralPackRequest& request) const
{
    request.overrides.clear();
    for (const PreflightIssue& issue : m_issues) {
        const QString reason = m_reasons.value(issue.code).trimmed();
        if (!reason.isEmpty())
            request.overrides.append({issue.code, reason});
    }
}

QString ReferralPreflightPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

// --- 6. Preview -----------------------------------------------------------------------------------------

ReferralPreviewPage::ReferralPreviewPage(ReferralWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("referralPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("This is what the receiving team will read. Nothing has been exported yet."));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("previewLabel"));
    m_label->setWordWrap(true);
    m_error = errorLabel(this, "previewError");
    m_preview = new PackPreview(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);
}

void ReferralPreviewPage::initializePage()
{
    m_ready = false;
    m_pages = 0;
    m_error->hide();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const ReferralPackDraft draft = ReferralPackBuilder(m_wizard.vault()).draft(m_wizard.request());
        m_preview->showDocument(draft.document);
        // The PDF is drawn in memory only, to say how long the printed pack is; it is never written here.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        m_pages = PdfWriter::write(draft.document, buffer);
        m_label->setText(tr("Preview — not yet exported. Pages in the printed pack (referral.pdf): %n.",
                            nullptr, m_pages));
        m_ready = true;
    } catch (const Error& error) {
        m_preview->clear();
        m_label->setText(tr("Preview"));
        m_error->setText(error.message());
        m_error->show();
    }
    QApplication::restoreOverrideCursor();
    Q_EMIT completeChanged();
}

bool ReferralPreviewPage::isComplete() const
{
    return m_ready;
}

QString ReferralPreviewPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

// --- 7. Export ------------------------------------------------------------------------------------------

ReferralExportPage::ReferralExportPage(ReferralWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("referralExportPage"));
    setTitle(tr("Export the pack"));
    setSubTitle(tr("The pack is written in one go: a cancel or a full disk leaves no file behind."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File to save the pack as"));
    m_path->setPlaceholderText(tr("Choose where to save the pack"));
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setObjectName(QStringLiteral("chooseExportPath"));
    m_choose->setAccessibleName(tr("Choose where to save the pack"));
    m_choose->setAutoDefault(false);
    connect(m_choose, &QPushButton::clicked, this, &ReferralExportPage::choosePath);

    m_encrypt = new QCheckBox(tr("&Encrypt the pack (recommended)"), this);
    m_encrypt->setObjectName(QStringLiteral("encryptPack"));
    m_encrypt->setAccessibleName(tr("Encrypt the pack"));
    m_encrypt->setChecked(true);
    m_encryptHint = new QLabel(
        tr("Lantern makes a passphrase of %1 random words for this pack and shows it once, after the export. "
           "Give it to the receiving team by phone, never in the email that carries the pack.")
            .arg(PackPassphrase::WordCount),
        this);
    m_encryptHint->setObjectName(QStringLiteral("encryptHint"));
    m_encryptHint->setWordWrap(true);
    m_plainWarning =
        new QLabel(tr("Not encrypted: anyone who gets this file can read every record in it. Only "
                      "for a pack handed over in person on an encrypted USB stick; never email it."),
                   this);
    m_plainWarning->setObjectName(QStringLiteral("unencryptedWarning"));
    m_plainWarning->setWordWrap(true);
    m_plainWarning->setStyleSheet(QStringLiteral("color: #a4262c; font-weight: bold;"));
    connect(m_encrypt, &QCheckBox::toggled, this, &ReferralExportPage::updateEncryption);

    m_export = new QPushButton(tr("E&xport"), this);
    m_export->setObjectName(QStringLiteral("startExport"));
    m_export->setAccessibleName(tr("Export the pack"));
    m_export->setAutoDefault(false);
    connect(m_export, &QPushButton::clicked, this, &ReferralExportPage::startExport);

    m_error = errorLabel(this, "exportError");
    m_progress = new ExportProgress(wizard.vault(), this);
    connect(m_progress, &ExportProgress::finished, this, &ReferralExportPage::onFinished);

    m_result = new QWidget(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    auto* hashCaption = new QLabel(tr("Read this out to the receiving team, who check it against what "
                                      "their copy of the pack shows (manifest SHA-256):"),
                                   m_result);
    hashCaption->setWordWrap(true);
    m_hashLabel = dataLabel(m_result, "manifestHash");
    m_hashLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hashLabel->setAccessibleName(tr("Manifest SHA-256"));
    m_recorded = dataLabel(m_result, "referralRecorded");

    m_passphraseBox = new QWidget(m_result);
    m_passphraseBox->setObjectName(QStringLiteral("passphraseBox"));
    auto* passphraseCaption = new QLabel(
        tr("The pack's passphrase. It is shown only now: Lantern does not keep it. Read it out to "
           "the receiving team by phone, word by word, or print it; if it is lost, export the pack "
           "again."),
        m_passphraseBox);
    passphraseCaption->setWordWrap(true);
    m_passphraseLabel = dataLabel(m_passphraseBox, "packPassphrase");
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_passphraseLabel->setFont(big);
    m_passphraseLabel->setAccessibleName(tr("Passphrase"));
    m_passphraseWords = dataLabel(m_passphraseBox, "packPassphraseWords");
    m_passphraseWords->setAccessibleName(tr("Passphrase, word by word"));
    m_passphraseWords->setWordWrap(true);
    m_copyPassphrase = new QPushButton(tr("&Copy passphrase"), m_passphraseBox);
    m_copyPassphrase->setObjectName(QStringLiteral("copyPassphrase"));
    m_copyPassphrase->setAccessibleName(
        tr("Copy the passphrase (cleared from the clipboard after %1 seconds)")
            .arg(ClipboardGuard::clearAfter.count()));
    m_copyPassphrase->setAutoDefault(false);
    connect(m_copyPassphrase, &QPushButton::clicked, this, &ReferralExportPage::copyPassphrase);
    m_printPassphrase = new QPushButton(tr("P&rint passphrase…"), m_passphraseBox);
    m_printPassphrase->setObjectName(QStringLiteral("printPassphrase"));
    m_printPassphrase->setAccessibleName(tr("Print the passphrase"));
    m_printPassphrase->setAutoDefault(false);
    connect(m_printPassphrase, &QPushButton::clicked, this, &ReferralExportPage::printPassphrase);
    auto* passphraseButtons = new QHBoxLayout;
    passphraseButtons->addWidget(m_copyPassphrase);
    passphraseButtons->addWidget(m_printPassphrase);
    passphraseButtons->addStretch(1);
    auto* passphraseLayout = new QVBoxLayout(m_passphraseBox);
    passphraseLayout->setContentsMargins(0, 8, 0, 0);
    passphraseLayout->addWidget(passphraseCaption);
    passphraseLayout->addWidget(m_passphraseLabel);
    passphraseLayout->addWidget(m_passphraseWords);
    passphraseLayout->addLayout(passphraseButtons);
    m_clipboard = new ClipboardGuard(wizard.services().clock, this);
    // Shown once: closing the wizard (Finish, Cancel, or a lock rejecting it) takes the passphrase off the
    // screen, out of memory and, if it is still there, off the clipboard.
    connect(&wizard, &QDialog::finished, this, &ReferralExportPage::forgetPassphrase);
    m_defaultPrint = std::make_unique<DialogPrinter>();
    m_print = m_defaultPrint.get();

    auto* resultLayout = new QVBoxLayout(m_result);
    resultLayout->setContentsMargins(0, 8, 0, 0);
    resultLayout->addWidget(m_passphraseBox);
    resultLayout->addWidget(hashCaption);
    resultLayout->addWidget(m_hashLabel);
    resultLayout->addWidget(m_recorded);
    m_passphraseBox->hide();
    m_result->hide();

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_choose);
    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("Save &as:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_encrypt);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // The note under the box spans the page (a word-wrapped label in a form row is given too much height).
    layout->addWidget(m_encryptHint);
    layout->addWidget(m_plainWarning);
    layout->addWidget(m_error);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addStretch(1);
    layout->addLayout(exportRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    updateEncryption();
}

ReferralExportPage::~ReferralExportPage()
{
    cancelAndWait();
}

void ReferralExportPage::choosePath()
{
    const QString start = m_path->text().isEmpty() ? QDir::homePath() : QFileInfo(m_path->text()).path();
    QString chosen = m_wizard.services().files.newPath(this, tr("Save the referral pack"), start);
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QStringLiteral(".zip");
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void ReferralExportPage::updateEncryption()
{
    const bool on = m_encrypt->isChecked();
    m_encryptHint->setVisible(on);
    m_plainWarning->setVisible(!on);
}

void ReferralExportPage::showError(const QString& message, QWidget* field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field)
        field->setFocus();
}

bool ReferralExportPage::startExport()
{
    if (m_exported || isExporting())
        return false;
    showError(QString(), nullptr);
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        showError(tr("Choose where to save the pack."), m_path);
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".zip");
    if (!QFileInfo(QFileInfo(path).path()).isDir()) {
        showError(tr("The folder to save the pack in does not exist."), m_path);
        return false;
    }
    m_encrypted = m_encrypt->isChecked();
    m_savedPath = path;
    setFormEnabled(false);
    m_wizard.setButtonLayout({QWizard::Stretch, QWizard::CancelButton});
    m_progress->start(path, m_wizard.request(),
                      m_encrypted ? PackProtection::Encrypted : PackProtection::Unencrypted);
    m_progress->cancelButton()->setFocus();
    return true;
}

void ReferralExportPage::setFormEnabled(bool enabled)
{
    m_path->setEnabled(enabled);
    m_choose->setEnabled(enabled);
    m_encrypt->setEnabled(enabled);
    m_export->setEnabled(enabled);
    updateEncryption();
}

void ReferralExportPage::onFinished(const ExportOutcome& outcome)
{
    switch (outcome.status) {
    case ExportOutcome::Status::Written: {
        m_exported = true;
        m_sha256 = outcome.manifestSha256;
        m_hashLabel->setText(groupedHash(outcome.manifestSha256));
        m_recorded->setText(tr("The referral has been recorded on %1's record.").arg(m_wizard.pupilName()));
        m_secret = outcome.passphrase;
        if (m_secret && !m_secret->empty()) {
            const QStringList words = PackPassphrase::split(*m_secret);
            QStringList numbered;
            for (qsizetype i = 0; i < words.size(); ++i)
                numbered.append(tr("%1 %2").arg(i + 1).arg(words.at(i)));
            m_passphraseLabel->setText(words.join(QLatin1Char(PackPassphrase::Separator)));
            m_passphraseWords->setText(tr("Word by word: %1. All lower case, a hyphen between words.")
                                           .arg(numbered.join(QStringLiteral(", "))));
            m_passphraseBox->show();
        }
        m_result->show();
        m_progress->cancelButton()->hide();
        setFormEnabled(false);
        m_wizard.setButtonLayout({QWizard::Stretch, QWizard::FinishButton});
        Q_EMIT completeChanged();
        if (m_passphraseBox->isVisible())
            m_passphraseLabel->setFocus();
        else
            m_hashLabel->setFocus();
        Q_EMIT m_wizard.referralRecorded(m_wizard.pupilId(), outcome.referralId);
        break;
    }
    case ExportOutcome::Status::Cancelled:
    case ExportOutcome::Status::Failed:
        if (outcome.status == ExportOutcome::Status::Failed)
            showError(m_progress->statusText(), nullptr);
        setFormEnabled(true);
        m_wizard.setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                                  QWizard::FinishButton, QWizard::CancelButton});
        m_export->setFocus();
        break;
    }
}

bool ReferralExportPage::isComplete() const
{
    return m_exported;
}

bool ReferralExportPage::isExporting() const
{
    return m_progress && m_progress->isRunning();
}

void ReferralExportPage::cancelAndWait()
{
    if (m_progress)
        m_progress->cancelAndWait();
}

void ReferralExportPage::setProgressHook(PackProgress hook)
{
    m_progress->setProgressHook(std::move(hook));
}

QString ReferralExportPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ReferralExportPage::passphraseText() const
{
    return m_passphraseBox->isHidden() ? QString() : m_passphraseLabel->text();
}

void ReferralExportPage::copyPassphrase()
{
    if (m_secret && !m_secret->empty())
        m_clipboard->copy(m_passphraseLabel->text());
}

// A sheet for the DSL to read from on the phone, or to hand over in person: the passphrase and the manifest
// hash, and what to do with the sheet after. No child's name: the sheet may be read by others.
void ReferralExportPage::printPassphrase()
{
    if (!m_secret || m_secret->empty())
        return;
    PrintDocument sheet;
    sheet.title = tr("Referral pack passphrase");
    sheet.subtitle = QFileInfo(m_savedPath).fileName();
    sheet.protectiveMarking = QStringLiteral("OFFICIAL-SENSITIVE");
    sheet.producedAt =
        toUkLocal(m_wizard.services().clock.nowUtc()).toString(QStringLiteral("d MMMM yyyy HH:mm"));
    const QStringList words = PackPassphrase::split(*m_secret);
    QStringList numbered;
    for (qsizetype i = 0; i < words.size(); ++i)
        numbered.append(tr("%1. %2").arg(i + 1).arg(words.at(i)));
    sheet.heading(tr("Passphrase"))
        .paragraph(words.join(QLatin1Char(PackPassphrase::Separator)))
        .bullets(numbered)
        .paragraph(tr("Type it exactly as above: all lower case, a hyphen between words, no spaces."))
        .heading(tr("Manifest SHA-256"))
        .paragraph(groupedHash(m_sha256))
        .heading(tr("What to do with this sheet"))
        .paragraph(
            tr("Keep it apart from the pack: never send it with the pack or in the same email. Read the "
               "passphrase to the receiving team by phone, or hand this sheet over in person. Shred it "
               "once the team has opened the pack."));
    m_print->print(this, sheet);
}

void ReferralExportPage::forgetPassphrase()
{
    m_passphraseLabel->clear();
    m_passphraseWords->clear();
    m_passphraseBox->hide();
    if (m_secret)
        m_secret->wipe();
    m_secret.reset();
    m_clipboard->clearNow();
}

QString ReferralExportPage::resultText() const
{
    return m_result->isHidden() ? QString() : m_hashLabel->text() + QLatin1Char('\n') + m_recorded->text();
}

} // namespace lantern
