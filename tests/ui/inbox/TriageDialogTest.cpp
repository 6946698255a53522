// Triage: what the DSL reads, what a decision must say (reasons; why the parents were not told), and what
// happens to the concern when it is recorded.
#include "inbox/TriageDialog.h"

#include "TriageTestSupport.h"
#include "concern/BodyMapWidget.h"
#include "records/ChronologyRepository.h"
#include "records/DecisionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class TriageDialogTest : public TriageFixture {
protected:
    void SetUp() override
    {
        TriageFixture::SetUp();
        NewConcern concern = concernAbout(m_amy, QStringLiteral("Amy had a bruise on her left arm at PE and "
                                                                "flinched when the teacher came close."));
        concern.occurred = PartialDate::minute(QDateTime(QDate(2026, 11, 24), QTime(10, 40)));
        concern.location = QStringLiteral("Sports hall");
        concern.children.append({m_ben, ChildRole::Witness, {}, {}});
        concern.childWords = QStringLiteral("I fell off my bike. Please don't tell Dad.");
        concern.immediateAction = QStringLiteral("Told the DSL in person at 10:50.");
        concern.bodyMap = {{BodyMapMark::Side::Front, 0.755, 0.34, QStringLiteral("Bruise, 4 cm, blue")},
                           {BodyMapMark::Side::Back, 0.5, 0.31, QStringLiteral("Older bruise, yellow")}};
        m_concern = ConcernRepository(as(QStringLiteral("deputy"))).record(concern);
        dsl();
    }

    void choose(QComboBox* combo, const QString& data) { combo->setCurrentIndex(combo->findData(data)); }

    qint64 m_concern = 0;
};

TEST_F(TriageDialogTest, ShowsTheConcernAsRecorded)
{
    TriageDialog dialog(*m_vault, harness.services, m_concern);
    ASSERT_TRUE(dialog.isLoaded());
    const QString text = dialog.concernText();
    EXPECT_TRUE(text.contains(QStringLiteral("Amy Okafor; Ben Hughes (witness)")));
    EXPECT_TRUE(text.contains(QStringLiteral("24 November 2026, 10:40")));
    EXPECT_TRUE(text.contains(QStringLiteral("Physical abuse by an adult")));
    EXPECT_TRUE(text.contains(QStringLiteral("Please don't tell Dad.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Front, near the left arm: Bruise, 4 cm, blue")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tomasz Wiśniewski (deputy)")));
    auto* map = dialog.findChild<BodyMapWidget*>();
    ASSERT_NE(map, nullptr);
    EXPECT_EQ(map->marks().size(), 2);
}

TEST_F(TriageDialogTest, ParentsNotToldWithoutAReasonIsRefusedAndNothingIsSaved)
{
    TriageDialog dialog(*m_vault, harness.services, m_concern);
    ASSERT_TRUE(showActive(dialog));
    choose(dialog.outcomeCombo(), QStringLiteral("referral-to-childrens-social-care"));
    dialog.reasonsEdit()->setPlainText(QStringLiteral("Injury with an inconsistent explanation."));

    // "Why not" is there to fill only while the parents have not been told.
    EXPECT_FALSE(dialog.parentsReasonEdit()->isEnabled());
    choose(dialog.parentsCombo(), QStringLiteral("yes"));
    EXPECT_FALSE(dialog.parentsReasonEdit()->isEnabled());
    choose(dialog.parentsCombo(), QStringLiteral("no"));
    EXPECT_TRUE(dialog.parentsReasonEdit()->isEnabled());

    pressKey(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(dialog.isVisible());
    const QString error = dialog.fieldError(DecisionField::parentsInformed);
    EXPECT_TRUE(error.contains(QStringLiteral("not been told"))) << error.toStdString();
    EXPECT_EQ(QApplication::focusWidget(), dialog.parentsReasonEdit());
    EXPECT_TRUE(DecisionRepository(*m_vault).list(m_concern).isEmpty());
    EXPECT_EQ(ConcernRepository(*m_vault).status(m_concern), ConcernStatus::New);

    typeText(QStringLiteral("Telling Dad could put Amy at greater risk; social care to advise."));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(ConcernRepository(*m_vault).status(m_concern), ConcernStatus::Triaged);
}

TEST_F(TriageDialogTest, AnUnansweredQuestionAboutTheParentsIsAskedNotAssumed)
{
    TriageDialog dialog(*m_vault, harness.services, m_concern);
    ASSERT_TRUE(showActive(dialog));
    choose(dialog.outcomeCombo(), QStringLiteral("monitor"));
    dialog.reasonsEdit()->setPlainText(QStringLiteral("Low level; watch."));
    EXPECT_EQ(dialog.recordDecision(), 0);
    EXPECT_FALSE(dialog.fieldError(DecisionField::parentsInformed).isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), dialog.parentsCombo());
    EXPECT_TRUE(DecisionRepository(*m_vault).list(m_concern).isEmpty());
}

TEST_F(TriageDialogTest, MissingOutcomeAndReasonsAreShownBesideThem)
{
    TriageDialog dialog(*m_vault, harness.services, m_concern);
    ASSERT_TRUE(showActive(dialog));
    choose(dialog.parentsCombo(), QStringLiteral("yes"));
    EXPECT_EQ(dialog.recordDecision(), 0);
    EXPECT_TRUE(dialog.fieldError(DecisionField::outcome).startsWith(QStringLiteral("Outcome:")));
    choose(dialog.outcomeCombo(), QStringLiteral("no-further-action"));
    EXPECT_EQ(dialog.recordDecision(), 0);
    EXPECT_TRUE(dialog.fieldError(DecisionField::outcome).isEmpty());
    EXPECT_TRUE(dialog.fieldError(DecisionField::reasons).startsWith(QStringLiteral("Reasons:")));
    EXPECT_EQ(QApplication::focusWidget(), dialog.reasonsEdit());
    EXPECT_TRUE(DecisionRepository(*m_vault).list(m_concern).isEmpty());
}

TEST_F(TriageDialogTest, ADecisionWithAReviewDateTriagesTheConcernAndEntersTheChronology)
{
    TriageDialog dialog(*m_vault, harness.services, m_concern);
    ASSERT_TRUE(showActive(dialog));
    choose(dialog.outcomeCombo(), QStringLiteral("in-school-support"));
    dialog.reasonsEdit()->setPlainText(QStringLiteral("Explanation fits; support with the learning mentor."));
    dialog.consultedEdit()->setText(QStringLiteral("Class teacher"));
    choose(dialog.parentsCombo(), QStringLiteral("yes"));
    EXPECT_FALSE(dialog.reviewDateEdit()->isEnabled());
    dialog.reviewCheck()->setChecked(true);
    EXPECT_TRUE(dialog.reviewDateEdit()->isEnabled());
    dialog.reviewDateEdit()->setDate(QDate(2026, 12, 9));
    const qint64 decisionId = dialog.recordDecision();
    ASSERT_GT(decisionId, 0);

    const Decision decision = DecisionRepository(*m_vault).get(decisionId);
    EXPECT_EQ(decision.current.outcome, QStringLiteral("in-school-support"));
    EXPECT_EQ(decision.current.reviewDate, QDate(2026, 12, 9));
    EXPECT_EQ(decision.current.parentsInformed, ParentsInformed::Yes);
    EXPECT_EQ(decision.current.decidedBy, QStringLiteral("dsl"));
    EXPECT_TRUE(ConcernRepository(*m_vault).inbox().isEmpty());
    bool inChronology = false;
    for (const ChronologyEntry& entry : ChronologyRepository(*m_vault).entries(m_amy))
        inChronology =
            inChronology || (entry.sourceType == QStringLiteral("decision") && entry.sourceId == decisionId);
    EXPECT_TRUE(inChronology);
}

TEST_F(TriageDialogTest, EscapeAfterTypingAsksBeforeDiscarding)
{
    TriageDialog dialog(*m_vault, harness.services, m_concern);
    ASSERT_TRUE(showActive(dialog));
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("Thinking"));
    harness.messages.nextAnswers = {false};
    pressKey(Qt::Key_Escape);
    EXPECT_TRUE(dialog.isVisible());
    ASSERT_EQ(harness.messages.shown.size(), 1);
    harness.messages.nextAnswers = {true};
    pressKey(Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(ConcernRepository(*m_vault).status(m_concern), ConcernStatus::New);
}

TEST_F(TriageDialogTest, EveryInputHasAnAccessibleNameAndTheTabOrderReachesIt)
{
    TriageDialog dialog(*m_vault, harness.services, m_concern);
    ASSERT_TRUE(showActive(dialog));
    choose(dialog.parentsCombo(), QStringLiteral("not-yet"));
    dialog.reviewCheck()->setChecked(true);
    dialog.outcomeCombo()->setFocus();
    const QList<QWidget*> inputs = inputsOf(&dialog);
    EXPECT_GE(inputs.size(), 9);
    for (QWidget* input : inputs)
        EXPECT_FALSE(input->accessibleName().isEmpty())
            << input->metaObject()->className() << " " << input->objectName().toStdString();
    const QSet<QWidget*> reached = tabChain();
    for (QWidget* input : inputs)
        EXPECT_TRUE(reached.contains(input)) << "Tab never reaches " << input->metaObject()->className()
                                             << " " << input->objectName().toStdString();
}

TEST_F(TriageDialogTest, AConcernThatCannotBeReadSaysSo)
{
    TriageDialog dialog(*m_vault, harness.services, 9999);
    EXPECT_FALSE(dialog.isLoaded());
    EXPECT_TRUE(dialog.loadError().contains(QStringLiteral("9999")));
    EXPECT_EQ(dialog.recordDecision(), 0);
}

// With LANTERN_SCREENSHOT_DIR set, saves the dialog part-filled (triage.png).
TEST_F(TriageDialogTest, TheTriageDialogCanBeLookedAt)
{
    TriageDialog dialog(*m_vault, harness.services, m_concern);
    dialog.resize(1080, 720);
    ASSERT_TRUE(showActive(dialog));
    choose(dialog.outcomeCombo(), QStringLiteral("referral-to-childrens-social-care"));
    dialog.reasonsEdit()->setPlainText(
        QStringLiteral("Injury with an explanation that does not fit; Amy asked us not to tell her father."));
    dialog.consultedEdit()->setText(QStringLiteral("Deputy DSL; MASH consultation line"));
    choose(dialog.parentsCombo(), QStringLiteral("not-yet"));
    dialog.parentsReasonEdit()->setPlainText(QStringLiteral("Social care to advise before Dad is told."));
    dialog.reviewCheck()->setChecked(true);
    const QString dir = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(dialog.grab().save(dir + QStringLiteral("/triage.png")));
    }
    EXPECT_TRUE(dialog.isVisible());
}

} // namespace
