// The "Vault" page: what it shows each role, and the audit chain check. (Users: UsersPageTest.)
#include "admin/VaultPage.h"

#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "support/RecordsFixture.h"

#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class VaultPageTest : public RecordsFixture {
protected:
    GuiHarness harness;
};

TEST_F(VaultPageTest, DslSeesTheVaultAndAnIntactAuditChain)
{
    VaultPage page(dsl(), harness.services);
    EXPECT_EQ(child<QLabel>(&page, "vaultFolderValue")->text(), vaultFolder());
    EXPECT_TRUE(child<QLabel>(&page, "signedInUser")->text().contains(QStringLiteral("(dsl)")));
    EXPECT_EQ(child<QLabel>(&page, "signedInRole")->text(), QStringLiteral("Designated safeguarding lead"));

    QTest::mouseClick(child<QPushButton>(&page, "verifyAudit"), Qt::LeftButton);
    EXPECT_TRUE(page.auditStatus().startsWith(QStringLiteral("Intact: ")))
        << page.auditStatus().toStdString();
    EXPECT_TRUE(page.auditStatus().contains(QStringLiteral("entries checked")));
}

TEST_F(VaultPageTest, StaffDoNotSeeTheAuditChain)
{
    VaultPage page(as(QStringLiteral("staff")), harness.services);
    EXPECT_EQ(child<QPushButton>(&page, "verifyAudit"), nullptr);
    EXPECT_EQ(child<QLabel>(&page, "signedInRole")->text(), QStringLiteral("Staff member"));
    // Their keys open the directory alone, and the page says how a concern reaches the DSL team.
    EXPECT_EQ(child<QLabel>(&page, "keysHeld")->text(), QStringLiteral("Directory only"));
    ASSERT_NE(child<QLabel>(&page, "howToSendConcerns"), nullptr);
    EXPECT_TRUE(child<QLabel>(&page, "howToSendConcerns")
                    ->text()
                    .contains(QStringLiteral("Send a concern as staff")));
}

TEST_F(VaultPageTest, TheDslSeesTheKeysTheyHoldAndNoStaffModeHint)
{
    VaultPage page(as(QStringLiteral("dsl")), harness.services);
    EXPECT_EQ(child<QLabel>(&page, "keysHeld")->text(),
              QStringLiteral("Pupils' case records, the adults register"));
    EXPECT_EQ(child<QLabel>(&page, "howToSendConcerns"), nullptr);
}

TEST_F(VaultPageTest, PagesRegisteredByOtherModulesAreBuiltAtEveryUnlockInOrder)
{
    MainWindow window(harness.services);
    int built = 0;
    window.registerPage(QStringLiteral("pupils"), QStringLiteral("Pupils"),
                        [&built](Vault& vault, const UiServices&, PageHost&) -> QWidget* {
                            ++built;
                            return new QLabel(vault.user().username);
                        });
    window.registerPage(QStringLiteral("hidden"), QStringLiteral("Hidden"),
                        [](Vault&, const UiServices&, PageHost&) -> QWidget* { return nullptr; });
    dsl();
    window.openSession(std::move(m_vault));
    EXPECT_EQ(window.pageIds(), (QStringList{QStringLiteral("pupils"), QStringLiteral("vault")}));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("pupils"));
    EXPECT_TRUE(window.showPage(QStringLiteral("vault")));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("vault"));

    window.lock();
    EXPECT_TRUE(window.pageIds().isEmpty());
    EXPECT_FALSE(window.addPage(QStringLiteral("late"), QStringLiteral("Late"), new QLabel));
    window.openSession(Vault::unlock(vaultFolder(), QStringLiteral("dsl"),
                                     SecureBytes::fromUtf8(passwordFor(QStringLiteral("dsl")).toUtf8()),
                                     m_clock));
    EXPECT_EQ(built, 2);
    EXPECT_EQ(window.pageIds(), (QStringList{QStringLiteral("pupils"), QStringLiteral("vault")}));
}

TEST_F(VaultPageTest, ADslIsShownARecoveryKeyMadeBySomeoneElseAfterUnlock)
{
    dsl().addUser({QStringLiteral("dsl2"), QStringLiteral("Second Lead"), Role::Dsl},
                  SecureBytes::fromUtf8("dsl2 has a password"));
    dsl().createRecoveryKey();
    m_vault.reset();
    MainWindow window(harness.services);
    window.openSession(Vault::unlock(vaultFolder(), QStringLiteral("dsl2"),
                                     SecureBytes::fromUtf8("dsl2 has a password"), m_clock));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("unlockNotices"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("A recovery key was made by dsl")))
        << banner->text().toStdString();

    // Told once; and the one who made it is not told.
    window.lock();
    window.openSession(Vault::unlock(vaultFolder(), QStringLiteral("dsl2"),
                                     SecureBytes::fromUtf8("dsl2 has a password"), m_clock));
    EXPECT_EQ(window.findChild<QLabel*>(QStringLiteral("unlockNotices")), nullptr);
}

// With LANTERN_SCREENSHOT_DIR set, saves the unlocked window there (vault.png) for a person to look at.
TEST_F(VaultPageTest, MainWindowAfterUnlockCanBeLookedAt)
{
    MainWindow window(harness.services);
    dsl();
    window.openSession(std::move(m_vault));
    window.resize(1100, 720);
    ASSERT_TRUE(showActive(window));
    auto* page = qobject_cast<VaultPage*>(window.page(QStringLiteral("vault")));
    ASSERT_NE(page, nullptr);
    page->verifyAuditChain();
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(window.grab().save(folder + QStringLiteral("/vault.png")));
    }
    EXPECT_TRUE(window.statusBar()->isVisible());
}

// A staff member's window: the one page their key opens, reached and read by keyboard alone.
// With LANTERN_SCREENSHOT_DIR set, saves it (vault-staff.png).
TEST_F(VaultPageTest, AStaffMembersWindowShowsOnlyTheirPageAndCanBeLookedAt)
{
    MainWindow window(harness.services);
    as(QStringLiteral("staff"));
    window.openSession(std::move(m_vault));
    window.resize(1100, 720);
    ASSERT_TRUE(showActive(window));
    EXPECT_EQ(window.pageIds(), QStringList{QStringLiteral("vault")});
    auto* page = qobject_cast<VaultPage*>(window.page(QStringLiteral("vault")));
    ASSERT_NE(page, nullptr);
    auto* hint = child<QLabel>(page, "howToSendConcerns");
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_FALSE(hint->accessibleName().isEmpty());
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(window.grab().save(folder + QStringLiteral("/vault-staff.png")));
    }
}

} // namespace
