// What was shared, on the Referrals page: "Share information…" recorded by keyboard alone (a decision not to
// share, refused until it has its reason), the list of what was shared for the child, and what a referral
// pack disclosed, read back for the selected referral.
#include "TriageTestSupport.h"
#include "audit/AuditLog.h"
#include "records/ChronologyRepository.h"
#include "records/PackDisclosureRepository.h"
#include "records/ReferralRepository.h"
#include "records/SharingRepository.h"
#include "referral/ReferralPupilFinder.h"
#include "referral/ReferralsPage.h"
#include "referral/ShareInformationDialog.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class ReferralsSharingTest : public TriageFixture {
protected:
    // The page as the DSL sees it, shown and active, with Zoë chosen.
    std::unique_ptr<ReferralsPage> openPage()
    {
        auto page = std::make_unique<ReferralsPage>(dsl(), harness.services);
        page->resize(1100, 760);
        EXPECT_TRUE(showActive(*page));
        page->finder()->searchEdit()->setText(QStringLiteral("kowalski"));
        EXPECT_EQ(page->finder()->pupilId(), m_zoe);
        return page;
    }

    qint64 referral(ReferralMethod method, const QString& sha)
    {
        Referral r;
        r.pupilId = m_zoe;
        r.toWhom = QStringLiteral("Northshire Front Door");
        r.referredAt = m_clock.nowUtc().addSecs(-3600);
        r.method = method;
        r.packSha256 = sha;
        return ReferralRepository(dsl()).add(r);
    }
};

TEST_F(ReferralsSharingTest, ADecisionNotToShareIsRecordedByKeyboardAndNeedsItsReason)
{
    const std::unique_ptr<ReferralsPage> page = openPage();
    ASSERT_TRUE(page->shareButton()->isEnabled());
    EXPECT_EQ(page->sharingTable()->rowCount(), 0);

    // Alt+S: "Share information…".
    pressMnemonic(Qt::Key_S);
    QPointer<ShareInformationDialog> dialog = page->findChild<ShareInformationDialog*>();
    ASSERT_FALSE(dialog.isNull());
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.data()));
    EXPECT_FALSE(dialog->windowTitle().isEmpty());
    ASSERT_TRUE(
        QTest::qWaitFor([&dialog]() { return QApplication::focusWidget() == dialog->directionBox(); }));

    // What happened: down twice, to "Decided not to share"; the lawful basis is then not asked for.
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Down);
    EXPECT_EQ(dialog->details().direction, SharingDirection::NotShared);
    EXPECT_FALSE(dialog->lawfulBasisEdit()->isEnabled());
    EXPECT_EQ(dialog->whyEdit()->accessibleName(), QStringLiteral("Why not shared (reason)"));
    EXPECT_EQ(dialog->whatEdit()->accessibleName(), QStringLiteral("What was asked for"));

    // How: Alt+W, down to Email.
    pressMnemonic(Qt::Key_W);
    ASSERT_EQ(QApplication::focusWidget(), dialog->methodBox());
    pressKey(Qt::Key_Down);
    EXPECT_EQ(dialog->details().method, SharingMethod::Email);

    pressMnemonic(Qt::Key_O);
    ASSERT_EQ(QApplication::focusWidget(), dialog->withWhomEdit());
    typeText(QStringLiteral("Mr Jones, father's solicitor"));
    pressMnemonic(Qt::Key_T);
    ASSERT_EQ(QApplication::focusWidget(), dialog->whatEdit());
    typeText(QStringLiteral("Her attendance record"));

    // Ctrl+Enter without a reason: refused in the dialog, naming the field, with the focus on it.
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_FALSE(dialog.isNull());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorText().startsWith(QStringLiteral("Reason for not sharing:")))
        << dialog->errorText().toStdString();
    EXPECT_EQ(QApplication::focusWidget(), dialog->whyEdit());
    EXPECT_TRUE(SharingRepository(dsl()).records(m_zoe).isEmpty());

    typeText(QStringLiteral("No consent and no safeguarding purpose"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&dialog]() { return dialog.isNull() || !dialog->isVisible(); }));

    // The page lists it at once; it is stored, in the chronology (significant) and on the audit chain.
    ASSERT_EQ(page->sharingTable()->rowCount(), 1);
    EXPECT_EQ(page->sharingTable()->item(0, ReferralsPage::SharingDirectionColumn)->text(),
              QStringLiteral("Decided not to share"));
    EXPECT_EQ(page->sharingTable()->item(0, ReferralsPage::SharingWithColumn)->text(),
              QStringLiteral("Mr Jones, father's solicitor"));
    EXPECT_EQ(page->sharingTable()->item(0, ReferralsPage::SharingWhyColumn)->text(),
              QStringLiteral("No consent and no safeguarding purpose"));
    const QList<SharingRecord> records = SharingRepository(dsl()).records(m_zoe);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].current.method, SharingMethod::Email);
    EXPECT_EQ(records[0].current.occurredAt, m_clock.nowUtc());
    const QList<ChronologyEntry> chronology = ChronologyRepository(dsl()).entries(m_zoe);
    ASSERT_EQ(chronology.size(), 1);
    EXPECT_EQ(chronology[0].type, QStringLiteral("information-sharing"));
    EXPECT_TRUE(chronology[0].significant);
    EXPECT_EQ(auditEntries(dsl(), QStringLiteral("sharing.add")).size(), 1);
}

TEST_F(ReferralsSharingTest, SharingNeedsALawfulBasisAndEscapeAsksBeforeDiscarding)
{
    const std::unique_ptr<ReferralsPage> page = openPage();
    ShareInformationDialog* dialog = page->shareInformation();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    // The dialog opens on its first field.
    ASSERT_TRUE(
        QTest::qWaitFor([dialog]() { return QApplication::focusWidget() == dialog->directionBox(); }));
    EXPECT_TRUE(dialog->lawfulBasisEdit()->isEnabled());
    pressMnemonic(Qt::Key_O);
    typeText(QStringLiteral("PC Smith, Northshire Police"));
    pressMnemonic(Qt::Key_T);
    typeText(QStringLiteral("Dates of the three absences"));
    pressMnemonic(Qt::Key_Y);
    typeText(QStringLiteral("Missing-episode enquiry"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(dialog->errorText().startsWith(QStringLiteral("Lawful basis:")))
        << dialog->errorText().toStdString();
    EXPECT_EQ(QApplication::focusWidget(), dialog->lawfulBasisEdit());

    // Escape with something typed asks first; "no" keeps the dialog and what was typed.
    harness.messages.nextAnswers = {false};
    pressKey(Qt::Key_Escape);
    EXPECT_TRUE(dialog->isVisible());
    ASSERT_EQ(harness.messages.shown.size(), 1);
    EXPECT_EQ(harness.messages.shown[0].kind, QStringLiteral("confirm"));
    EXPECT_EQ(dialog->withWhomEdit()->text(), QStringLiteral("PC Smith, Northshire Police"));
}

TEST_F(ReferralsSharingTest, ARecordIsAmendedWithAReasonAndKeepsItsHistory)
{
    SharingDetails call;
    call.direction = SharingDirection::Shared;
    call.method = SharingMethod::Phone;
    call.occurredAt = m_clock.nowUtc().addSecs(-7200 + 17); // seconds the form does not show
    call.withWhom = QStringLiteral("PC Smith");
    call.what = QStringLiteral("Dates of the three absences");
    call.why = QStringLiteral("Missing-episode enquiry");
    call.lawfulBasis = QStringLiteral("UK GDPR 6(1)(e)");
    const qint64 id = SharingRepository(dsl()).add(m_zoe, call);

    const std::unique_ptr<ReferralsPage> page = openPage();
    ASSERT_EQ(page->sharingTable()->rowCount(), 1);
    EXPECT_FALSE(page->amendSharingButton()->isEnabled());
    page->sharingTable()->setFocus();
    page->sharingTable()->selectRow(0);
    ASSERT_TRUE(page->amendSharingButton()->isEnabled());
    ASSERT_TRUE(page->amendSharingButton()->isVisible());

    pressMnemonic(Qt::Key_A);
    QPointer<ShareInformationDialog> dialog = page->findChild<ShareInformationDialog*>();
    ASSERT_FALSE(dialog.isNull());
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.data()));
    ASSERT_TRUE(
        QTest::qWaitFor([&dialog]() { return QApplication::focusWidget() == dialog->directionBox(); }));
    // The form starts from the record as it stands.
    EXPECT_EQ(dialog->withWhomEdit()->text(), QStringLiteral("PC Smith"));
    EXPECT_EQ(dialog->lawfulBasisEdit()->text(), QStringLiteral("UK GDPR 6(1)(e)"));
    ASSERT_NE(dialog->reasonEdit(), nullptr);

    pressMnemonic(Qt::Key_O);
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("PC Smyth, Northshire Police"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(dialog->errorText().startsWith(QStringLiteral("Reason")))
        << dialog->errorText().toStdString();
    EXPECT_EQ(QApplication::focusWidget(), dialog->reasonEdit());
    typeText(QStringLiteral("Officer's name misspelt"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&dialog]() { return dialog.isNull() || !dialog->isVisible(); }));

    ASSERT_EQ(page->sharingTable()->rowCount(), 1);
    EXPECT_EQ(page->sharingTable()->item(0, ReferralsPage::SharingWithColumn)->text(),
              QStringLiteral("PC Smyth, Northshire Police"));
    EXPECT_TRUE(page->sharingTable()
                    ->item(0, ReferralsPage::SharingWhenColumn)
                    ->text()
                    .endsWith(QStringLiteral("(amended)")));
    const SharingRecord record = SharingRepository(dsl()).get(id);
    ASSERT_EQ(record.history.size(), 2);
    EXPECT_EQ(record.history[0].withWhom, QStringLiteral("PC Smith"));
    EXPECT_EQ(record.current.amendReason, QStringLiteral("Officer's name misspelt"));
    EXPECT_EQ(record.current.occurredAt, call.occurredAt); // the time was left alone, to the second
}

TEST_F(ReferralsSharingTest, EveryInputOfThePageAndTheDialogHasANameAndTabReachesIt)
{
    const std::unique_ptr<ReferralsPage> page = openPage();
    for (QWidget* input : inputsOf(page.get()))
        EXPECT_FALSE(input->accessibleName().isEmpty())
            << input->metaObject()->className() << " " << input->objectName().toStdString();
    page->finder()->searchEdit()->setFocus();
    const QSet<QWidget*> onPage = tabChain();
    for (QWidget* input :
         {static_cast<QWidget*>(page->table()), static_cast<QWidget*>(page->disclosurePanel()),
          static_cast<QWidget*>(page->sharingTable()), static_cast<QWidget*>(page->shareButton())})
        EXPECT_TRUE(onPage.contains(input)) << "Tab never reaches " << input->objectName().toStdString();

    ShareInformationDialog* dialog = page->shareInformation();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    ASSERT_TRUE(
        QTest::qWaitFor([dialog]() { return QApplication::focusWidget() == dialog->directionBox(); }));
    const QList<QWidget*> inputs = inputsOf(dialog);
    EXPECT_GE(inputs.size(), 9);
    for (QWidget* input : inputs)
        EXPECT_FALSE(input->accessibleName().isEmpty())
            << input->metaObject()->className() << " " << input->objectName().toStdString();
    const QSet<QWidget*> reached = tabChain();
    for (QWidget* input : inputs)
        EXPECT_TRUE(reached.contains(input)) << "Tab never reaches " << input->metaObject()->className()
                                             << " " << input->objectName().toStdString();
}

TEST_F(ReferralsSharingTest, TheSelectedReferralShowsWhatItsPackDisclosed)
{
    const QString sha(64, QLatin1Char('b'));
    const qint64 packReferral = referral(ReferralMethod::Pack, sha);
    PackDisclosure d;
    d.referralId = packReferral;
    d.pupilId = m_zoe;
    d.packId = QStringLiteral("7d3f0c1e-2b4a-4c8e-9a51-0f6e2d1b3c77");
    d.packSha256 = sha;
    d.exportedAt = m_clock.nowUtc().addSecs(-3600);
    d.exportedBy = QStringLiteral("dsl");
    d.periodFrom = QDate(2026, 5, 1);
    d.periodTo = QDate(2026, 11, 24);
    d.sections = {QStringLiteral("child"), QStringLiteral("concerns"), QStringLiteral("chronology")};
    d.itemsIncluded = {QStringLiteral("concern:2"), QStringLiteral("chronology:9"),
                       QStringLiteral("concern:1")};
    d.itemsRedacted = {QStringLiteral("concern:1")};
    d.itemsLeftOut = 4;
    d.recipientTeam = QStringLiteral("Front Door (MASH)");
    d.recipientAuthority = QStringLiteral("Northshire County Council");
    d.serviceRequested = QStringLiteral("section-47");
    d.urgency = QStringLiteral("today");
    d.reason = QStringLiteral("Zoë said she was scared to go home.");
    d.lawfulBasis = QStringLiteral("UK GDPR 6(1)(e)");
    d.consent = QStringLiteral("not-sought");
    d.consentDetail = QStringLiteral("Would place her at greater risk");
    d.parentsAware = QStringLiteral("no");
    d.encrypted = true;
    PackDisclosureRepository(dsl()).record(d);
    m_clock.advanceSeconds(60);
    referral(ReferralMethod::Phone, QString()); // the most recent: first in the list

    const std::unique_ptr<ReferralsPage> page = openPage();
    ASSERT_EQ(page->table()->rowCount(), 2);
    // Nothing is read until the DSL selects a referral.
    EXPECT_TRUE(page->disclosurePanel()->toPlainText().startsWith(QStringLiteral("Select a referral")));
    EXPECT_TRUE(auditEntries(dsl(), QStringLiteral("referral.disclosure.view")).isEmpty());

    // By keyboard: into the list, the first (phone) referral, then down to the pack.
    page->table()->setFocus();
    page->table()->selectRow(0);
    EXPECT_TRUE(page->disclosurePanel()->toPlainText().contains(
        QStringLiteral("not made by exporting a referral pack")))
        << page->disclosurePanel()->toPlainText().toStdString();
    pressKey(Qt::Key_Down);
    const QString shown = page->disclosurePanel()->toPlainText();
    for (const QString& expected :
         {QStringLiteral("Period: 1 May 2026 to 24 November 2026"),
          QStringLiteral("Recipient: Front Door (MASH), Northshire County Council"),
          QStringLiteral("Service requested: Child protection enquiry (section 47); urgency: Today"),
          QStringLiteral("Reason for referral: Zoë said she was scared to go home."),
          QStringLiteral("Lawful basis: UK GDPR 6(1)(e)"),
          QStringLiteral("Consent: Not sought \u2014 Would place her at greater risk"),
          QStringLiteral("Parents aware: No"), QStringLiteral("Sections: child, concerns, chronology"),
          QStringLiteral("Items included (3, 1 redacted): concern:2, chronology:9, concern:1 (redacted)"),
          QStringLiteral("Items left out: 4"), QStringLiteral("encrypted")})
        EXPECT_TRUE(shown.contains(expected)) << expected.toStdString() << "\n" << shown.toStdString();
    EXPECT_TRUE(page->disclosurePanel()->isReadOnly());
    EXPECT_FALSE(page->disclosurePanel()->accessibleName().isEmpty());
    EXPECT_EQ(auditEntries(dsl(), QStringLiteral("referral.disclosure.view")).size(), 2);
}

} // namespace
