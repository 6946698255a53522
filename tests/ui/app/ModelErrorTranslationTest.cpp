// Under the pseudo-locale a refusal from the model comes out translated (bracketed and accented) like the
// rest of the interface, beside the field whose identifier it carries, with the keyboard taken to that field.
#include "TriageTestSupport.h"
#include "adults/AdultRegister.h"
#include "adults/AdultsRegisterDialogs.h"
#include "app/Translations.h"
#include "common/PupilPicker.h"
#include "concern/CategoryPicker.h"
#include "concern/ConcernForm.h"
#include "inbox/TriageDialog.h"
#include "records/ConcernValidator.h"
#include "records/DecisionRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

bool pseudoTranslated(const QString& text)
{
    return text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'));
}

class ModelErrorTranslationTest : public TriageFixture {
protected:
    void SetUp() override
    {
        TriageFixture::SetUp();
        ASSERT_TRUE(installPseudoTranslation(*QCoreApplication::instance()));
    }
    // The pseudo-locale goes with the test: other tests read the model's messages in English.
    void TearDown() override
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        TriageFixture::TearDown();
    }
};

TEST_F(ModelErrorTranslationTest, ATriageWithoutReasonsIsRefusedInThePseudoLocaleBesideTheReasons)
{
    const qint64 concern = ConcernRepository(as(QStringLiteral("deputy"))).record(concernAbout(m_amy));
    TriageDialog dialog(dsl(), harness.services, concern);
    ASSERT_TRUE(showActive(dialog));
    dialog.outcomeCombo()->setCurrentIndex(dialog.outcomeCombo()->findData(QStringLiteral("monitor")));
    dialog.parentsCombo()->setCurrentIndex(dialog.parentsCombo()->findData(QStringLiteral("yes")));

    EXPECT_EQ(dialog.recordDecision(), 0);
    const QString error = dialog.fieldError(DecisionField::reasons);
    EXPECT_TRUE(pseudoTranslated(error)) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("Reasons"))) << error.toStdString(); // accented: "Ŕéåšöñš"
    EXPECT_TRUE(dialog.fieldError(QString()).isEmpty()); // beside the field, not under the form
    EXPECT_EQ(QApplication::focusWidget(), dialog.reasonsEdit());
    EXPECT_TRUE(DecisionRepository(dsl()).list(concern).isEmpty());
}

TEST_F(ModelErrorTranslationTest, AConcernWithoutAnAccountIsRefusedInThePseudoLocaleBesideTheAccount)
{
    ConcernForm form(dsl(), harness.services);
    ASSERT_TRUE(showActive(form));
    form.pupilPicker()->searchEdit()->setFocus();
    QTest::keyClicks(form.pupilPicker()->searchEdit(), QStringLiteral("amy"));
    QTest::keyClick(form.pupilPicker()->searchEdit(), Qt::Key_Return);
    form.categoryPicker()->setCheckedIds({QStringLiteral("neglect")});

    EXPECT_EQ(form.recordConcern(), 0);
    const QString error = form.fieldError(ConcernField::account);
    EXPECT_TRUE(pseudoTranslated(error)) << error.toStdString();
    EXPECT_TRUE(form.fieldError(ConcernField::children).isEmpty());
    EXPECT_TRUE(form.fieldError(QString()).isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), form.accountEdit());
}

TEST_F(ModelErrorTranslationTest, AnAdultWithoutANameIsRefusedInThePseudoLocaleAndTheNameIsFocused)
{
    AdultDetailsDialog dialog([this](const AdultDetails& details, const QString&) {
        NewAdult adult;
        adult.details = details;
        AdultRegister(dsl()).add(adult);
    });
    ASSERT_TRUE(showActive(dialog));
    dialog.roleCombo()->setFocus();
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(pseudoTranslated(dialog.errorText())) << dialog.errorText().toStdString();
    EXPECT_EQ(QApplication::focusWidget(), dialog.nameEdit());
}

} // namespace
