// Under the pseudo-locale every piece of interface text must come out bracketed and accented — anything plain
// skipped tr() — and no label may be too narrow for text a third longer than English.
#include "GuiTestSupport.h"
#include "admin/AdminFeature.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/UnlockWidget.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

bool pseudoTranslated(const QString& text)
{
    return text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'));
}

std::string describe(const QWidget* widget, const QString& text)
{
    const QString description = QString::fromLatin1(widget->metaObject()->className()) + QStringLiteral(" ") +
                                widget->objectName() + QStringLiteral(" \"") + text + QStringLiteral("\"");
    return description.toStdString();
}

// Labels marked "lanternData" show data (a folder, a name), not interface text.
void expectFullyTranslated(QWidget* root)
{
    QApplication::processEvents();
    int checked = 0;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || label->property("lanternData").toBool())
            continue;
        ++checked;
        EXPECT_TRUE(pseudoTranslated(label->text())) << "untranslated: " << describe(label, label->text());
        const bool clipped = label->wordWrap() ? label->heightForWidth(label->width()) > label->height()
                                               : label->sizeHint().width() > label->width();
        EXPECT_FALSE(clipped) << "clipped: " << describe(label, label->text()) << " needs "
                              << label->sizeHint().width() << " px, has " << label->width();
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty())
            continue;
        ++checked;
        EXPECT_TRUE(pseudoTranslated(button->text())) << "untranslated: " << describe(button, button->text());
        EXPECT_LE(button->sizeHint().width(), button->width())
            << "clipped: " << describe(button, button->text());
    }
    for (QGroupBox* box : root->findChildren<QGroupBox*>()) {
        if (box->isVisibleTo(root)) {
            EXPECT_TRUE(pseudoTranslated(box->title())) << "untranslated: " << describe(box, box->title());
        }
    }
    for (QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        if (edit->isVisibleTo(root) && !edit->placeholderText().isEmpty()) {
            EXPECT_TRUE(pseudoTranslated(edit->placeholderText()))
                << "untranslated placeholder: " << describe(edit, edit->placeholderText());
        }
    }
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (widget->isVisibleTo(root) && !widget->accessibleName().isEmpty()) {
            EXPECT_TRUE(pseudoTranslated(widget->accessibleName()))
                << "untranslated accessible name: " << describe(widget, widget->accessibleName());
        }
    }
    EXPECT_GT(checked, 3);
}

void expectActionsTranslated(QWidget* root)
{
    for (QAction* action : root->findChildren<QAction*>()) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        EXPECT_TRUE(pseudoTranslated(action->text()))
            << "untranslated action: " << action->text().toStdString();
    }
}

class TranslationTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { ASSERT_TRUE(installPseudoTranslation(*QCoreApplication::instance())); }
    // The pseudo-locale goes with the suite: the tests that follow in this process read the interface, and
    // the model's messages, in English.
    static void TearDownTestSuite()
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    void SetUp() override { QSettings().clear(); }

    TempFolder temp;
    GuiHarness harness;
};

TEST_F(TranslationTest, UnlockScreenIsFullyTranslatedAndNothingIsClipped)
{
    MainWindow window(harness.services);
    ASSERT_TRUE(showActive(window));
    expectFullyTranslated(&window);
    expectActionsTranslated(&window);

    window.unlockWidget()->showCreateForm();
    expectFullyTranslated(&window);
}

TEST_F(TranslationTest, ErrorsOfTheFormAreTranslated)
{
    MainWindow window(harness.services);
    ASSERT_TRUE(showActive(window));
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("unlock")), Qt::LeftButton);
    EXPECT_TRUE(pseudoTranslated(window.unlockWidget()->errorText()))
        << window.unlockWidget()->errorText().toStdString();
}

TEST_F(TranslationTest, MainWindowIsFullyTranslatedAndNothingIsClipped)
{
    MainWindow window(harness.services);
    window.openSession(makeVault(temp.path(QStringLiteral("school.lantern")), harness.clock));
    ASSERT_TRUE(showActive(window));
    expectFullyTranslated(&window);
    expectActionsTranslated(&window);
}

TEST_F(TranslationTest, UsersAndAuditLogPagesAreFullyTranslated)
{
    MainWindow window(harness.services);
    registerAdminPages(window);
    window.openSession(makeVault(temp.path(QStringLiteral("school.lantern")), harness.clock));
    ASSERT_TRUE(showActive(window));
    for (const char* id : {"users", "audit"}) {
        ASSERT_TRUE(window.showPage(QLatin1String(id))) << id;
        expectFullyTranslated(window.page(QLatin1String(id)));
    }
}

TEST_F(TranslationTest, TheSmallestWindowStillFitsEveryLabel)
{
    MainWindow window(harness.services);
    ASSERT_TRUE(showActive(window));
    window.resize(window.minimumSizeHint());
    expectFullyTranslated(&window);
}

} // namespace
