// Copied identifiers leave the clipboard after 30 seconds, unless the person has copied something else since.
#include "common/ClipboardGuard.h"

#include "GuiTestSupport.h"
#include "app/MainWindow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

const QString upn = QStringLiteral("A123456789012");

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}

TEST(ClipboardGuardTest, CopiesWithTheConcealmentHintAndClearsAfterThirtySeconds)
{
    ManualClock clock(fixedNow());
    ClipboardGuard guard(clock);
    guard.copy(upn);
    EXPECT_EQ(clipboardText(), upn);
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    EXPECT_EQ(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));

    clock.advanceSeconds(29);
    guard.checkNow();
    EXPECT_EQ(clipboardText(), upn);
    clock.advanceSeconds(1);
    guard.checkNow();
    EXPECT_TRUE(clipboardText().isEmpty());
    EXPECT_FALSE(guard.isPending());
}

TEST(ClipboardGuardTest, LeavesSomethingCopiedSinceAlone)
{
    ManualClock clock(fixedNow());
    ClipboardGuard guard(clock);
    guard.copy(upn);
    QGuiApplication::clipboard()->setText(QStringLiteral("the person's own text"));
    clock.advanceSeconds(31);
    guard.checkNow();
    EXPECT_EQ(clipboardText(), QStringLiteral("the person's own text"));
    EXPECT_FALSE(guard.isPending());
}

TEST(ClipboardGuardTest, LockingClearsTheClipboardAtOnce)
{
    TempFolder temp;
    GuiHarness harness;
    MainWindow window(harness.services);
    window.openSession(makeVault(temp.path(QStringLiteral("school.lantern")), harness.clock));
    window.clipboard().copy(upn);
    window.lock();
    EXPECT_TRUE(clipboardText().isEmpty());
}

} // namespace
