// The referral pack wizard, driven like a DSL would: by keyboard through every page, on a child with a
// concern but no voice entry, so the preflight stops the DSL until they give a reason. The pack it writes is
// checked by PackVerifier, and the Referral it records read back from the vault.
#include "referral/ReferralWizard.h"

#include "TriageTestSupport.h"
#include "app/MainWindow.h"
#include "audit/AuditLog.h"
#include "common/ClipboardGuard.h"
#include "common/PrintSeam.h"
#include "core/Error.h"
#include "export/PackVerifier.h"
#include "export/ReferralPackPrint.h"
#include "pupils/ChronologyModel.h"
#include "pupils/ChronologyTab.h"
#include "pupils/PupilRecordPage.h"
#include "records/ReferralRepository.h"
#include "referral/ExportProgress.h"
#include "referral/PackItemsModel.h"
#include "referral/PackPreview.h"
#include "referral/ReferralFeature.h"
#include "referral/ReferralItemsPage.h"
#include "referral/ReferralPupilFinder.h"
#include "referral/ReferralRequestPage.h"
#include "referral/ReferralWizardSteps.h"
#include "referral/ReferralsPage.h"
#include "users/Permissions.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextEdit>
#include <QThread>
#include <QTranslator>
#include <atomic>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

// The request page filled so that the preflight has nothing to say about it: an assessment, the child safe to
// go home.
struct RequestFill {
    static void section17SafeToGoHome(ReferralRequestPage& page)
    {
        page.serviceCombo()->setCurrentIndex(
            page.serviceCombo()->findData(static_cast<int>(ServiceRequested::Section17Assessment)));
        page.safeButton()->setChecked(true);
    }
};

class ReferralWizardTest : public TriageFixture {
protected:
    void SetUp() override
    {
        TriageFixture::SetUp();
        // Zoë has a concern (so a chronology entry) in the period, but no voice entry.
        ConcernRepository(dsl()).record(
            concernAbout(m_zoe, QStringLiteral("Zoë said she was scared to go home.")));
    }

    // A window signed in as the DSL with the referrals page, shown and active.
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(harness.services);
        registerReferralPages(*window);
        dsl();
        window->openSession(std::move(m_vault));
        window->resize(1100, 720);
        EXPECT_TRUE(showActive(*window));
        EXPECT_TRUE(window->showPage(QStringLiteral("referrals")));
        return window;
    }

    // Fills pages 2–4 directly (the keyboard test does it by keys) and moves to the preflight.
    static void fillToPreflight(ReferralWizard& wizard)
    {
        ASSERT_EQ(wizard.currentId(), ReferralWizard::PeriodPageId);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ReferralWizard::ItemsPageId);
        wizard.next();
        wizard.sectionsPage()->reasonEdit()->setPlainText(QStringLiteral("Zoë is frightened to go home."));
        wizard.sectionsPage()->worriedEdit()->setPlainText(QStringLiteral("Shouting at home, little sleep."));
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ReferralWizard::RequestPageId);
        RequestFill::section17SafeToGoHome(*wizard.requestPage());
        wizard.next();
        wizard.basisPage()->consentNotSoughtButton()->setChecked(true);
        wizard.basisPage()->consentReasonEdit()->setPlainText(QStringLiteral("It could increase the risk."));
        wizard.basisPage()->parentsAwareButton()->setChecked(true);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ReferralWizard::PreflightPageId);
    }

    static void passPreflightAndPreview(ReferralWizard& wizard)
    {
        QLineEdit* reason =
            wizard.preflightPage()->reasonEdit(QString::fromLatin1(ReferralPreflight::NoVoice));
        ASSERT_NE(reason, nullptr);
        reason->setText(QStringLiteral("Zoë would not talk to us this week."));
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ReferralWizard::PreviewPageId);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ReferralWizard::ExportPageId);
    }

    QList<Referral> referralsOf(Vault& vault, qint64 pupilId)
    {
        return ReferralRepository(vault).referrals(pupilId);
    }

    static bool waitForExport(ReferralWizard& wizard)
    {
        return QTest::qWaitFor([&wizard]() { return !wizard.isExporting(); }, 60000);
    }
};

template <typename T> T* activeDialog()
{
    T* found = nullptr;
    static_cast<void>(QTest::qWaitFor([&found]() {
        found = qobject_cast<T*>(QApplication::activeModalWidget());
        return found && found->isActiveWindow();
    }));
    return found;
}

// QTest::keyClicks knows ASCII only (it asserts on "ë"): other characters arrive as a key event carrying the
// text, as from a keyboard layout or an input method.
void typeWords(const QString& text)
{
    for (const QChar c : text) {
        QWidget* focus = QApplication::focusWidget();
        if (c.unicode() < 0x80)
            QTest::keyClick(focus, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, focus, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// What a keyboard or screen reader user reaches on a page: the inputs, and the text views read there (the
// preview), which inputsOf leaves out.
QList<QWidget*> reachableWidgetsOf(QWidget* page)
{
    QList<QWidget*> widgets = inputsOf(page);
    for (QTextEdit* view : page->findChildren<QTextEdit*>()) {
        if (view->isVisibleTo(page) && (view->focusPolicy() & Qt::TabFocus))
            widgets.append(view);
    }
    return widgets;
}

QPushButton* wizardButton(ReferralWizard& wizard, QWizard::WizardButton which)
{
    return qobject_cast<QPushButton*>(wizard.button(which));
}

TEST_F(ReferralWizardTest, TheWholeWizardByKeyboardExportsAVerifiablePackAndRecordsTheReferral)
{
    const std::unique_ptr<MainWindow> window = openWindow();
    auto* page = qobject_cast<ReferralsPage*>(window->page(QStringLiteral("referrals")));
    ASSERT_NE(page, nullptr);

    // Alt+N on the page: "New referral pack…", with no child chosen, so the wizard asks which child.
    pressMnemonic(Qt::Key_N);
    ReferralWizard* wizard = activeDialog<ReferralWizard>();
    ASSERT_NE(wizard, nullptr);
    ASSERT_EQ(wizard->currentId(), ReferralWizard::PupilPageId);
    QPushButton* next = wizardButton(*wizard, QWizard::NextButton);
    EXPECT_FALSE(next->isEnabled()); // no child yet

    // 1. Child: the focus is in the search; one match is chosen at once.
    ASSERT_EQ(QApplication::focusWidget(), wizard->pupilPage()->finder()->searchEdit());
    typeText(QStringLiteral("kowal"));
    EXPECT_EQ(wizard->pupilId(), m_zoe);
    pressMnemonic(Qt::Key_N);

    // 2. Period: the last twelve months by default, to the front door.
    ASSERT_EQ(wizard->currentId(), ReferralWizard::PeriodPageId);
    EXPECT_EQ(wizard->periodPage()->toEdit()->date(), QDate(2026, 11, 25));
    EXPECT_EQ(wizard->periodPage()->fromEdit()->date(), QDate(2025, 11, 26));
    EXPECT_EQ(wizard->periodPage()->toWhomEdit()->text(), Recipient::defaultTeam());
    pressMnemonic(Qt::Key_N);

    // 3. What goes in: Zoë's concern and its chronology entry, both in. Space leaves the selected one out and
    // puts it back.
    ASSERT_EQ(wizard->currentId(), ReferralWizard::ItemsPageId);
    PackItemsModel* items = wizard->itemsPage()->model();
    ASSERT_GE(items->rowCount(), 2);
    EXPECT_EQ(items->leftOutCount(), 0);
    ASSERT_TRUE(tabTo(wizard->itemsPage()->table()));
    pressKey(Qt::Key_Space);
    EXPECT_EQ(items->leftOutCount(), 1);
    EXPECT_TRUE(wizard->itemsPage()->summaryText().contains(QStringLiteral("1 left out")))
        << wizard->itemsPage()->summaryText().toStdString();
    EXPECT_EQ(wizard->request().leaveOut.size(), 1);
    pressKey(Qt::Key_Space);
    EXPECT_EQ(items->leftOutCount(), 0);
    EXPECT_TRUE(wizard->request().leaveOut.isEmpty());
    pressMnemonic(Qt::Key_N);

    // 4. Sections (all ticked) and the narrative; the reason and the worries are required.
    ASSERT_EQ(wizard->currentId(), ReferralWizard::SectionsPageId);
    EXPECT_FALSE(next->isEnabled());
    ASSERT_TRUE(tabTo(wizard->sectionsPage()->reasonEdit()));
    typeWords(QStringLiteral("Zoë is frightened to go home."));
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), wizard->sectionsPage()->worriedEdit());
    typeText(QStringLiteral("Shouting at home at night; she is tired and hungry."));
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("She has a trusted adult at school."));
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("An assessment of the home."));
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("Breakfast club; daily check-ins."));
    EXPECT_TRUE(next->isEnabled());
    pressMnemonic(Qt::Key_N);

    // 5. What is asked for: family help (the first choice), and Zoë is safe to go home today (Alt+Y).
    ASSERT_EQ(wizard->currentId(), ReferralWizard::RequestPageId);
    EXPECT_EQ(wizard->requestPage()->serviceCombo()->currentText(),
              serviceRequestedLabel(ServiceRequested::FamilyHelp));
    pressMnemonic(Qt::Key_Y);
    EXPECT_TRUE(wizard->requestPage()->safeButton()->isChecked());
    ASSERT_TRUE(tabTo(wizard->requestPage()->parentsViewsEdit()));
    typeText(QStringLiteral("Mum wants help with the nights."));
    pressMnemonic(Qt::Key_N);

    // 6. Basis for sharing: the lawful basis is prefilled; consent given by mother, parents aware.
    ASSERT_EQ(wizard->currentId(), ReferralWizard::BasisPageId);
    EXPECT_TRUE(wizard->basisPage()->lawfulBasisEdit()->toPlainText().contains(QStringLiteral("6(1)(e)")));
    EXPECT_TRUE(wizard->basisPage()->conditionEdit()->toPlainText().contains(
        QStringLiteral("Schedule 1 paragraph 18")));
    pressMnemonic(Qt::Key_G);
    EXPECT_TRUE(wizard->basisPage()->consentGivenButton()->isChecked());
    pressMnemonic(Qt::Key_H);
    ASSERT_EQ(QApplication::focusWidget(), wizard->basisPage()->consentByEdit());
    typeText(QStringLiteral("Mother"));
    ASSERT_TRUE(tabTo(wizard->basisPage()->parentsAwareButton()));
    pressKey(Qt::Key_Space);
    EXPECT_TRUE(wizard->basisPage()->parentsAwareButton()->isChecked());
    pressMnemonic(Qt::Key_N);

    // 7. Preflight: no voice in the period. Next stays disabled, and Alt+N goes nowhere, until a reason.
    ASSERT_EQ(wizard->currentId(), ReferralWizard::PreflightPageId);
    const QList<PreflightIssue> issues = wizard->preflightPage()->issues();
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.constFirst().code, QString::fromLatin1(ReferralPreflight::NoVoice));
    EXPECT_FALSE(next->isEnabled());
    QLineEdit* reason = wizard->preflightPage()->reasonEdit(issues.constFirst().code);
    ASSERT_TRUE(QTest::qWaitFor([reason]() { return QApplication::focusWidget() == reason; }));
    typeText(QStringLiteral("   "));
    EXPECT_FALSE(next->isEnabled()); // blanks are no reason
    pressMnemonic(Qt::Key_N);
    EXPECT_EQ(wizard->currentId(), ReferralWizard::PreflightPageId);
    // (Alt+N with no button to press types an "n" into the field, as in any Qt text field: select it all.)
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeWords(QStringLiteral("Zoë would not talk to us this week; we will keep trying."));
    EXPECT_EQ(reason->text(), QStringLiteral("Zoë would not talk to us this week; we will keep trying."));
    EXPECT_TRUE(next->isEnabled());
    pressMnemonic(Qt::Key_N);

    // 8. Preview: the child's name and every section heading.
    ASSERT_EQ(wizard->currentId(), ReferralWizard::PreviewPageId);
    const QString preview = wizard->previewPage()->preview()->toPlainText();
    EXPECT_TRUE(preview.contains(QStringLiteral("Zoë Kowalski"))) << preview.toStdString();
    EXPECT_GE(wizard->previewPage()->pageCount(), 1);
    pressMnemonic(Qt::Key_N);

    // 9. Export: Choose… (Alt+H) answers with a path; ".zip" is added. Alt+X exports.
    ASSERT_EQ(wizard->currentId(), ReferralWizard::ExportPageId);
    QPushButton* finish = wizardButton(*wizard, QWizard::FinishButton);
    EXPECT_FALSE(finish->isEnabled());
    harness.files.nextPaths = {m_temp.path(QStringLiteral("zoe-referral"))};
    pressMnemonic(Qt::Key_H);
    const QString pack = m_temp.path(QStringLiteral("zoe-referral.zip"));
    EXPECT_EQ(QDir::fromNativeSeparators(wizard->exportPage()->pathEdit()->text()), pack);
    // Encrypted unless the DSL says otherwise: no passphrase to type.
    EXPECT_TRUE(wizard->exportPage()->encryptCheck()->isChecked());
    pressMnemonic(Qt::Key_X);
    ASSERT_TRUE(QTest::qWaitFor([wizard]() { return wizard->exportPage()->isExported(); }, 60000))
        << wizard->exportPage()->errorText().toStdString()
        << wizard->exportPage()->progress()->statusText().toStdString();

    // The generated passphrase is on the screen, and opens the pack.
    const QString passphrase = wizard->exportPage()->passphraseText();
    ASSERT_FALSE(passphrase.isEmpty());
    const PackVerifyReport report = PackVerifier::verify(pack, SecureBytes::fromUtf8(passphrase.toUtf8()));
    EXPECT_TRUE(report.ok);
    EXPECT_TRUE(report.summary.namesHidden);
    EXPECT_EQ(report.summary.manifestSha256, wizard->exportPage()->manifestSha256());
    // The hash is shown in groups of four to read out, and the DSL told where the referral went.
    const QString shown = wizard->exportPage()->resultText();
    EXPECT_TRUE(shown.contains(groupedHash(report.summary.manifestSha256))) << shown.toStdString();
    EXPECT_EQ(groupedHash(QStringLiteral("0123456789abcdef")), QStringLiteral("0123 4567 89ab cdef"));
    EXPECT_TRUE(shown.contains(QStringLiteral("The referral has been recorded on Zoë Kowalski's record.")))
        << shown.toStdString();

    const QList<Referral> referrals = referralsOf(*window->vault(), m_zoe);
    ASSERT_EQ(referrals.size(), 1);
    EXPECT_EQ(referrals.constFirst().method, ReferralMethod::Pack);
    EXPECT_EQ(referrals.constFirst().packSha256, report.summary.manifestSha256);
    EXPECT_TRUE(referrals.constFirst().toWhom.startsWith(Recipient::defaultTeam()))
        << referrals.constFirst().toWhom.toStdString();
    // The reason the DSL gave travels in the audit chain.
    const QList<AuditEntry> exports = auditEntries(*window->vault(), QStringLiteral("referral.export"));
    ASSERT_EQ(exports.size(), 1);
    EXPECT_EQ(exports.constFirst().actor, QStringLiteral("dsl"));
    EXPECT_TRUE(exports.constFirst().details.contains(QStringLiteral("would not talk to us")));

    // Finish (Alt+F) closes the wizard; the page lists the referral once Zoë is chosen there.
    QPointer<ReferralWizard> alive(wizard);
    EXPECT_TRUE(finish->isEnabled());
    pressMnemonic(Qt::Key_F);
    ASSERT_TRUE(QTest::qWaitFor([&alive]() { return alive.isNull() || !alive->isVisible(); }));
    page->finder()->searchEdit()->setText(QStringLiteral("zoe"));
    ASSERT_EQ(page->table()->rowCount(), 1);
    EXPECT_EQ(page->table()->item(0, ReferralsPage::MethodColumn)->text(),
              referralMethodLabel(ReferralMethod::Pack));
    EXPECT_EQ(page->table()->item(0, ReferralsPage::AcknowledgedColumn)->text(), QStringLiteral("Not yet"));
}

TEST_F(ReferralWizardTest, OpenedFromARecordItStartsAtThePeriodAndPreviewsTheChildAndEveryHeading)
{
    ReferralWizard wizard(dsl(), harness.services, m_zoe);
    ASSERT_TRUE(showActive(wizard));
    EXPECT_EQ(wizard.currentId(), ReferralWizard::PeriodPageId);
    EXPECT_EQ(wizard.pupilId(), m_zoe);
    fillToPreflight(wizard);
    QLineEdit* reason = wizard.preflightPage()->reasonEdit(QString::fromLatin1(ReferralPreflight::NoVoice));
    ASSERT_NE(reason, nullptr);
    reason->setText(QStringLiteral("Zoë would not talk to us this week."));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::PreviewPageId);

    PackPreview* preview = wizard.previewPage()->preview();
    const QString text = preview->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Zoë Kowalski"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
    const QStringList headings = ReferralPackPrint::headings(wizard.request());
    ASSERT_FALSE(headings.isEmpty());
    for (const QString& heading : headings) {
        EXPECT_TRUE(preview->headings().contains(heading)) << heading.toStdString();
        EXPECT_TRUE(text.contains(heading)) << heading.toStdString();
    }
    // The reason for proceeding is in the preview too ("Known gaps and why we proceeded").
    EXPECT_TRUE(text.contains(QStringLiteral("would not talk to us")));
    EXPECT_TRUE(wizard.previewPage()->errorText().isEmpty());

    // A section left out is not previewed.
    for (int page = 0; page < 4; ++page)
        wizard.back();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::SectionsPageId);
    wizard.sectionsPage()->sectionCheck(ReferralSection::Family)->setChecked(false);
    for (int page = 0; page < 4; ++page)
        wizard.next();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::PreviewPageId);
    EXPECT_EQ(wizard.previewPage()->preview()->headings(), ReferralPackPrint::headings(wizard.request()));
    EXPECT_FALSE(wizard.request().includes(ReferralSection::Family));

    // With LANTERN_SCREENSHOT_DIR set, the preview (referral-wizard.png, in docs/screenshots) and the
    // preflight are saved for a person to look at.
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(wizard.grab().save(folder + QStringLiteral("/referral-wizard.png")));
        wizard.back();
        ASSERT_EQ(wizard.currentId(), ReferralWizard::PreflightPageId);
        wizard.preflightPage()->reasonEdit(QString::fromLatin1(ReferralPreflight::NoVoice))->clear();
        QApplication::processEvents();
        EXPECT_TRUE(wizard.grab().save(folder + QStringLiteral("/referral-preflight.png")));
        wizard.goBackTo(ReferralWizard::RequestPageId);
        EXPECT_TRUE(wizard.grab().save(folder + QStringLiteral("/referral-request.png")));
        wizard.goBackTo(ReferralWizard::ItemsPageId);
        EXPECT_TRUE(wizard.grab().save(folder + QStringLiteral("/referral-items.png")));
    }
}

TEST_F(ReferralWizardTest, ThePreviewDrawsTheBodyMapWithItsMarks)
{
    NewConcern bruise = concernAbout(m_zoe, QStringLiteral("Bruise on her left forearm."));
    bruise.bodyMap = {BodyMapMark{BodyMapMark::Side::Front, 0.8, 0.45, QStringLiteral("Bruise, 3 cm")}};
    ConcernRepository(dsl()).record(bruise);
    ReferralWizard wizard(dsl(), harness.services, m_zoe);
    ASSERT_TRUE(showActive(wizard));
    fillToPreflight(wizard);
    passPreflightAndPreview(wizard);
    wizard.back();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::PreviewPageId);
    QTextDocument* shown = wizard.previewPage()->preview()->document();
    ASSERT_TRUE(shown->toHtml().contains(QStringLiteral("lantern-body-map:1")));
    const QImage map =
        shown->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("lantern-body-map:1")))
            .value<QImage>();
    ASSERT_FALSE(map.isNull());
    // The mark's red dot is where it was put: 80% across the front outline, 45% down.
    const QColor dot = map.pixelColor(QPoint(10 + int(0.8 * 150) + 6, int(0.45 * 360))); // beside the digit
    EXPECT_GT(dot.red(), 150);
    EXPECT_LT(dot.green(), 100);
}

TEST_F(ReferralWizardTest, FromAChildsRecordAltRStartsTheirReferralAndTheirChronologyGainsIt)
{
    PupilRecordPage record(dsl(), harness.services, nullptr, m_zoe, {});
    record.resize(1000, 700);
    ASSERT_TRUE(showActive(record));
    ASSERT_NE(record.referralButton(), nullptr);
    EXPECT_FALSE(record.referralButton()->accessibleName().isEmpty());
    const int entriesBefore = record.chronologyTab()->model()->rowCount();

    pressMnemonic(Qt::Key_R);
    ReferralWizard* wizard = activeDialog<ReferralWizard>();
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(wizard->currentId(), ReferralWizard::PeriodPageId);
    EXPECT_EQ(wizard->pupilId(), m_zoe);
    fillToPreflight(*wizard);
    passPreflightAndPreview(*wizard);
    const QString pack = m_temp.path(QStringLiteral("from-record.zip"));
    wizard->exportPage()->pathEdit()->setText(pack);
    ASSERT_TRUE(wizard->exportPage()->startExport());
    ASSERT_TRUE(QTest::qWaitFor([wizard]() { return wizard->exportPage()->isExported(); }, 60000))
        << wizard->exportPage()->progress()->statusText().toStdString();

    EXPECT_TRUE(
        PackVerifier::verify(pack, SecureBytes::fromUtf8(wizard->exportPage()->passphraseText().toUtf8()))
            .ok);
    ASSERT_EQ(referralsOf(dsl(), m_zoe).size(), 1);
    // The record on screen shows the referral's chronology entry without being opened again.
    EXPECT_EQ(record.chronologyTab()->model()->rowCount(), entriesBefore + 1);
}

TEST_F(ReferralWizardTest, PreflightFixButtonsGoBackAndFixedFindingsDisappear)
{
    ReferralWizard wizard(dsl(), harness.services, m_zoe);
    ASSERT_TRUE(showActive(wizard));
    wizard.next();
    wizard.next();
    wizard.sectionsPage()->reasonEdit()->setPlainText(QStringLiteral("Reason."));
    wizard.sectionsPage()->worriedEdit()->setPlainText(QStringLiteral("Worries."));
    wizard.next();
    wizard.next();
    // Nothing answered and no lawful basis: six findings.
    wizard.basisPage()->lawfulBasisEdit()->clear();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::PreflightPageId);
    QStringList codes;
    for (const PreflightIssue& issue : wizard.preflightPage()->issues())
        codes.append(issue.code);
    EXPECT_EQ(codes, (QStringList{QStringLiteral("no-voice"), QStringLiteral("no-lawful-basis"),
                                  QStringLiteral("no-consent-decision"),
                                  QStringLiteral("safe-to-go-home-unanswered"),
                                  QStringLiteral("family-help-without-consent"),
                                  QStringLiteral("no-parents-aware-decision")}));
    EXPECT_FALSE(wizard.preflightPage()->isComplete());

    // "Is the child safe to go home today?" is answered on the request page; asking for an assessment
    // instead of family help means consent is no longer a condition.
    QTest::mouseClick(wizard.preflightPage()->fixButton(QStringLiteral("safe-to-go-home-unanswered")),
                      Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), ReferralWizard::RequestPageId);
    RequestFill::section17SafeToGoHome(*wizard.requestPage());
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::PreflightPageId);
    EXPECT_EQ(wizard.preflightPage()->issues().size(), 4);

    // "Go to the basis for sharing" goes back there; fixing it there leaves only the voice.
    QTest::mouseClick(wizard.preflightPage()->fixButton(QStringLiteral("no-lawful-basis")), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), ReferralWizard::BasisPageId);
    wizard.basisPage()->lawfulBasisEdit()->setPlainText(ReferralBasisPage::defaultLawfulBasis());
    wizard.basisPage()->consentNotSoughtButton()->setChecked(true); // but no reason yet
    wizard.basisPage()->parentsNotAwareButton()->setChecked(true);
    wizard.basisPage()->parentsReasonEdit()->setPlainText(
        QStringLiteral("Telling them could raise the risk."));
    wizard.next();
    codes.clear();
    for (const PreflightIssue& issue : wizard.preflightPage()->issues())
        codes.append(issue.code);
    EXPECT_EQ(codes, (QStringList{QStringLiteral("no-voice"), QStringLiteral("no-consent-decision")}));
    // A reason for one finding is not enough: each needs its own.
    wizard.preflightPage()
        ->reasonEdit(QStringLiteral("no-voice"))
        ->setText(QStringLiteral("Absent all week."));
    EXPECT_FALSE(wizard.preflightPage()->isComplete());
    wizard.preflightPage()
        ->reasonEdit(QStringLiteral("no-consent-decision"))
        ->setText(QStringLiteral("Decided with the head."));
    EXPECT_TRUE(wizard.preflightPage()->isComplete());
    const ReferralPackRequest request = wizard.request();
    ASSERT_EQ(request.overrides.size(), 2);
    EXPECT_EQ(request.overrides.at(1).reason, QStringLiteral("Decided with the head."));

    // The "no-voice" fix goes to the period.
    QTest::mouseClick(wizard.preflightPage()->fixButton(QStringLiteral("no-voice")), Qt::LeftButton);
    EXPECT_EQ(wizard.currentId(), ReferralWizard::PeriodPageId);
}

TEST_F(ReferralWizardTest, CancellingDuringTheExportLeavesNoFileAndRecordsNothing)
{
    ReferralWizard wizard(dsl(), harness.services, m_zoe);
    ASSERT_TRUE(showActive(wizard));
    fillToPreflight(wizard);
    passPreflightAndPreview(wizard);

    // The worker waits at its first progress step until the DSL has pressed Cancel.
    ExportProgress* progress = wizard.exportPage()->progress();
    std::atomic_bool reached{false};
    wizard.setProgressHook([&reached, progress](qint64, qint64) {
        reached = true;
        while (!progress->cancelRequested())
            QThread::msleep(5);
        return true;
    });
    const QString pack = m_temp.path(QStringLiteral("cancelled.zip"));
    wizard.exportPage()->pathEdit()->setText(pack);
    ASSERT_TRUE(wizard.exportPage()->startExport());
    EXPECT_TRUE(wizard.isExporting());
    EXPECT_FALSE(wizardButton(wizard, QWizard::BackButton)->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&reached]() { return reached.load(); }, 60000));
    // The focus is on "Cancel export"; Space presses it.
    ASSERT_EQ(QApplication::focusWidget(), progress->cancelButton());
    pressKey(Qt::Key_Space);
    ASSERT_TRUE(waitForExport(wizard));
    QApplication::processEvents();

    EXPECT_FALSE(QFileInfo::exists(pack));
    EXPECT_TRUE(
        QDir(m_temp.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden).isEmpty());
    EXPECT_TRUE(referralsOf(wizard.vault(), m_zoe).isEmpty());
    EXPECT_FALSE(wizard.exportPage()->isExported());
    EXPECT_TRUE(progress->statusText().contains(QStringLiteral("no file was written")))
        << progress->statusText().toStdString();
    // The DSL may try again: the form is back.
    EXPECT_TRUE(wizard.exportPage()->exportButton()->isEnabled());
    EXPECT_TRUE(wizardButton(wizard, QWizard::BackButton)->isVisible());
}

TEST_F(ReferralWizardTest, LockingDuringAnExportCancelsItAndTheVaultOutlivesTheWorker)
{
    const std::unique_ptr<MainWindow> window = openWindow();
    auto* page = qobject_cast<ReferralsPage*>(window->page(QStringLiteral("referrals")));
    ASSERT_NE(page, nullptr);
    page->finder()->searchEdit()->setText(QStringLiteral("kowalski"));
    QPointer<ReferralWizard> wizard(page->newReferral());
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.data()));
    fillToPreflight(*wizard);
    passPreflightAndPreview(*wizard);

    ExportProgress* progress = wizard->exportPage()->progress();
    std::atomic_bool reached{false};
    std::atomic_bool workerSawCancel{false};
    wizard->setProgressHook([&reached, &workerSawCancel, progress](qint64, qint64) {
        reached = true;
        while (!progress->cancelRequested())
            QThread::msleep(5);
        workerSawCancel = true;
        return true;
    });
    const QString pack = m_temp.path(QStringLiteral("locked.zip"));
    wizard->exportPage()->pathEdit()->setText(pack);
    ASSERT_TRUE(wizard->exportPage()->startExport());
    ASSERT_TRUE(QTest::qWaitFor([&reached]() { return reached.load(); }, 60000));

    // The idle lock fires mid-export: the wizard cancels and waits before the Vault is destroyed.
    window->lock(MainWindow::LockReason::Idle);
    EXPECT_TRUE(workerSawCancel.load());
    EXPECT_TRUE(window->isLocked());
    QApplication::processEvents();
    EXPECT_TRUE(wizard.isNull()); // gone with the page
    EXPECT_FALSE(QFileInfo::exists(pack));
    EXPECT_TRUE(referralsOf(dsl(), m_zoe).isEmpty());
}

class RecordingPrinter final : public PrintSeam {
public:
    QList<PrintDocument> printed;
    bool print(QWidget*, const PrintDocument& document) override
    {
        printed.append(document);
        return true;
    }
};

QString printedText(const PrintDocument& document)
{
    QStringList text{document.title, document.subtitle};
    for (const PrintBlock& block : document.blocks) {
        if (const auto* heading = std::get_if<PrintHeading>(&block))
            text.append(heading->text);
        else if (const auto* paragraph = std::get_if<PrintParagraph>(&block))
            text.append(paragraph->text);
        else if (const auto* bullets = std::get_if<PrintBulletList>(&block))
            text.append(bullets->items);
    }
    return text.join(QLatin1Char('\n'));
}

TEST_F(ReferralWizardTest, TheExportIsEncryptedByDefaultAndShowsTheGeneratedPassphraseOnceToCopyOrPrint)
{
    ReferralWizard wizard(dsl(), harness.services, m_zoe);
    wizard.resize(760, 640);
    ASSERT_TRUE(showActive(wizard));
    fillToPreflight(wizard);
    passPreflightAndPreview(wizard);
    ReferralExportPage* page = wizard.exportPage();
    RecordingPrinter printer;
    page->setPrintSeam(&printer);
    const QString pack = m_temp.path(QStringLiteral("encrypted.zip"));
    page->pathEdit()->setText(pack);

    // Ticked by default, with nothing to type; unticking (Alt+E) shows the warning, ticking again hides it.
    EXPECT_TRUE(page->encryptCheck()->isChecked());
    EXPECT_FALSE(page->unencryptedWarning()->isVisible());
    EXPECT_TRUE(page->passphraseText().isEmpty());
    pressMnemonic(Qt::Key_E);
    EXPECT_FALSE(page->encryptCheck()->isChecked());
    EXPECT_TRUE(page->unencryptedWarning()->isVisible());
    EXPECT_TRUE(page->unencryptedWarning()->text().contains(QStringLiteral("anyone who gets this file")));
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(wizard.grab().save(folder + QStringLiteral("/referral-export-unencrypted.png")));
    }
    pressMnemonic(Qt::Key_E);
    EXPECT_TRUE(page->encryptCheck()->isChecked());
    EXPECT_FALSE(page->unencryptedWarning()->isVisible());

    pressMnemonic(Qt::Key_X);
    ASSERT_TRUE(waitForExport(wizard));
    ASSERT_TRUE(QTest::qWaitFor([page]() { return page->isExported(); })) << page->errorText().toStdString();

    // Eight words from the list, shown large, and word by word to read out.
    const QString passphrase = page->passphraseText();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[a-z]+(-[a-z]+){7}$")).match(passphrase).hasMatch())
        << passphrase.toStdString();
    auto* words = page->findChild<QLabel*>(QStringLiteral("packPassphraseWords"));
    ASSERT_NE(words, nullptr);
    EXPECT_TRUE(words->text().contains(QStringLiteral("1 ") + passphrase.section(QLatin1Char('-'), 0, 0)))
        << words->text().toStdString();
    EXPECT_TRUE(words->isVisible());
    if (!folder.isEmpty()) {
        EXPECT_TRUE(wizard.grab().save(folder + QStringLiteral("/referral-export-passphrase.png")));
    }

    // It opens the pack, and nothing else does.
    EXPECT_THROW(PackVerifier::verify(pack), Error);
    const PackVerifyReport report = PackVerifier::verify(pack, SecureBytes::fromUtf8(passphrase.toUtf8()));
    EXPECT_TRUE(report.ok);
    EXPECT_TRUE(report.summary.namesHidden);

    // Copy (Alt+C): on the clipboard, until the guard's time is up.
    pressMnemonic(Qt::Key_C);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), passphrase);
    EXPECT_TRUE(page->clipboard().isPending());

    // Print (Alt+R): the passphrase, the hash and what to do with the sheet; no child's name.
    pressMnemonic(Qt::Key_R);
    ASSERT_EQ(printer.printed.size(), 1);
    const QString sheet = printedText(printer.printed.first());
    EXPECT_TRUE(sheet.contains(passphrase)) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(groupedHash(report.summary.manifestSha256))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("Shred it"))) << sheet.toStdString();
    EXPECT_FALSE(sheet.contains(QStringLiteral("Zoë"))) << sheet.toStdString();
    EXPECT_EQ(printer.printed.first().protectiveMarking, QStringLiteral("OFFICIAL-SENSITIVE"));

    // Shown once: Finish takes it off the screen and the clipboard.
    QPointer<ReferralWizard> alive(&wizard);
    pressMnemonic(Qt::Key_F);
    ASSERT_TRUE(QTest::qWaitFor([&alive]() { return alive.isNull() || !alive->isVisible(); }));
    EXPECT_TRUE(page->passphraseText().isEmpty());
    EXPECT_NE(QGuiApplication::clipboard()->text(), passphrase);
}

TEST_F(ReferralWizardTest, AnUnencryptedExportIsMadeOnlyWhenUntickedAndShowsNoPassphrase)
{
    ReferralWizard wizard(dsl(), harness.services, m_zoe);
    ASSERT_TRUE(showActive(wizard));
    fillToPreflight(wizard);
    passPreflightAndPreview(wizard);
    ReferralExportPage* page = wizard.exportPage();
    const QString pack = m_temp.path(QStringLiteral("plain.zip"));
    page->pathEdit()->setText(pack);
    page->encryptCheck()->setChecked(false);
    ASSERT_TRUE(page->startExport());
    ASSERT_TRUE(waitForExport(wizard));
    ASSERT_TRUE(QTest::qWaitFor([page]() { return page->isExported(); })) << page->errorText().toStdString();
    EXPECT_TRUE(page->passphraseText().isEmpty());
    EXPECT_FALSE(page->copyPassphraseButton()->isVisible());
    const PackVerifyReport report = PackVerifier::verify(pack);
    EXPECT_TRUE(report.ok);
    EXPECT_FALSE(report.summary.encrypted);
    const QList<AuditEntry> exports = auditEntries(dsl(), QStringLiteral("referral.export"));
    ASSERT_EQ(exports.size(), 1);
    EXPECT_TRUE(exports.constFirst().details.contains(QStringLiteral("not encrypted")));
}

TEST_F(ReferralWizardTest, EveryInputOnEveryPageHasAnAccessibleName)
{
    ReferralWizard wizard(dsl(), harness.services);
    ASSERT_TRUE(showActive(wizard));
    const auto check = [&wizard]() {
        QWidget* page = wizard.currentPage();
        const QList<QWidget*> inputs = reachableWidgetsOf(page);
        EXPECT_FALSE(inputs.isEmpty()) << "page " << wizard.currentId();
        for (QWidget* input : inputs) {
            EXPECT_FALSE(input->accessibleName().isEmpty())
                << "page " << wizard.currentId() << ": " << input->metaObject()->className() << " "
                << input->objectName().toStdString();
        }
    };
    check();
    wizard.pupilPage()->finder()->searchEdit()->setText(QStringLiteral("kowalski"));
    ASSERT_EQ(wizard.pupilId(), m_zoe);
    wizard.next();
    check();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::ItemsPageId);
    check();
    wizard.next();
    wizard.sectionsPage()->reasonEdit()->setPlainText(QStringLiteral("Reason."));
    wizard.sectionsPage()->worriedEdit()->setPlainText(QStringLiteral("Worries."));
    check();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::RequestPageId);
    check();
    wizard.next();
    wizard.basisPage()->consentNotSoughtButton()->setChecked(true);
    wizard.basisPage()->parentsNotAwareButton()->setChecked(true);
    check();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::PreflightPageId);
    check();
    for (const PreflightIssue& issue : wizard.preflightPage()->issues())
        wizard.preflightPage()->reasonEdit(issue.code)->setText(QStringLiteral("Because."));
    wizard.next();
    check();
    wizard.next();
    check();
    wizard.exportPage()->encryptCheck()->setChecked(false);
    check();
}

// The pseudo-locale (translations/pseudo_translate.py) for one test: every tr() string comes out as "[…]".
class PseudoLocale {
public:
    PseudoLocale()
    {
        m_installed = m_translator.load(QStringLiteral(":/i18n/lantern_pseudo.qm")) &&
                      QCoreApplication::installTranslator(&m_translator);
    }
    ~PseudoLocale() { QCoreApplication::removeTranslator(&m_translator); }
    bool installed() const { return m_installed; }

private:
    QTranslator m_translator;
    bool m_installed = false;
};

bool pseudoTranslated(const QString& text)
{
    return text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'));
}

// The interface text of the wizard's current page: title, labels (but those showing data), buttons, group
// boxes, placeholders and accessible names.
void expectPageTranslated(const QWizard& wizard)
{
    QWizardPage* page = wizard.currentPage();
    const std::string where = "page " + std::to_string(wizard.currentId()) + ": ";
    EXPECT_TRUE(pseudoTranslated(page->title())) << where << page->title().toStdString();
    EXPECT_TRUE(pseudoTranslated(page->subTitle())) << where << page->subTitle().toStdString();
    QStringList texts;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(page))
            continue;
        texts.append(widget->accessibleName());
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->property("lanternData").toBool())
            texts.append(label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts.append(button->text());
        if (auto* box = qobject_cast<QGroupBox*>(widget))
            texts.append(box->title());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            texts.append(edit->placeholderText());
        if (auto* edit = qobject_cast<QPlainTextEdit*>(widget))
            texts.append(edit->placeholderText());
    }
    texts.removeAll(QString());
    EXPECT_GE(texts.size(), 2) << where;
    for (const QString& text : std::as_const(texts))
        EXPECT_TRUE(pseudoTranslated(text)) << where << "untranslated \"" << text.toStdString() << "\"";
}

TEST_F(ReferralWizardTest, EveryPageSpeaksThroughTr)
{
    const PseudoLocale pseudo;
    ASSERT_TRUE(pseudo.installed());
    ReferralWizard wizard(dsl(), harness.services);
    ASSERT_TRUE(showActive(wizard));
    expectPageTranslated(wizard);
    wizard.pupilPage()->finder()->searchEdit()->setText(QStringLiteral("kowalski"));
    wizard.next();
    expectPageTranslated(wizard);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::ItemsPageId);
    expectPageTranslated(wizard);
    wizard.next();
    wizard.sectionsPage()->reasonEdit()->setPlainText(QStringLiteral("Reason."));
    wizard.sectionsPage()->worriedEdit()->setPlainText(QStringLiteral("Worries."));
    expectPageTranslated(wizard);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::RequestPageId);
    expectPageTranslated(wizard);
    wizard.next();
    wizard.basisPage()->consentNotSoughtButton()->setChecked(true);
    expectPageTranslated(wizard);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::PreflightPageId);
    ASSERT_FALSE(wizard.preflightPage()->issues().isEmpty());
    expectPageTranslated(wizard);
    for (const PreflightIssue& issue : wizard.preflightPage()->issues())
        wizard.preflightPage()->reasonEdit(issue.code)->setText(QStringLiteral("Because."));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ReferralWizard::PreviewPageId);
    expectPageTranslated(wizard);
    wizard.next();
    expectPageTranslated(wizard);
    wizard.exportPage()->encryptCheck()->setChecked(false); // the warning
    expectPageTranslated(wizard);
    // A refusal is interface text too.
    wizard.exportPage()->pathEdit()->setText(m_temp.path(QStringLiteral("no-such-folder/pack.zip")));
    EXPECT_FALSE(wizard.exportPage()->startExport());
    EXPECT_TRUE(pseudoTranslated(wizard.exportPage()->errorText()))
        << wizard.exportPage()->errorText().toStdString();
}

TEST_F(ReferralWizardTest, OnlyRolesThatMayExportGetTheReferralsPage)
{
    for (const char* username : {"dsl", "deputy", "staff", "head", "admin"}) {
        MainWindow window(harness.services);
        registerReferralPages(window);
        as(QString::fromLatin1(username));
        const bool mayExport = hasPermission(m_vault->user(), Permission::Export);
        window.openSession(std::move(m_vault));
        EXPECT_EQ(window.pageIds().contains(QStringLiteral("referrals")), mayExport) << username;
        window.lock();
    }
    // The model refuses anyone else anyway: the wizard on a staff vault finds nobody.
    ReferralWizard wizard(as(QStringLiteral("staff")), harness.services);
    EXPECT_EQ(wizard.pupilPage()->finder()->resultsView()->count(), 0);
    EXPECT_FALSE(wizard.pupilPage()->finder()->errorText().isEmpty());
}

} // namespace
