#include "crypto/RecoveryKey.h"

#include "core/Error.h"
#include "crypto/KeySlot.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUuid>
#include <gtest/gtest.h>

using namespace lantern;

namespace {

QString parseError(const QString& typed)
{
    try {
        RecoveryKey::parse(typed);
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        return error.message();
    }
    ADD_FAILURE() << "accepted " << typed.toStdString();
    return {};
}

// Replaces character `index` of group `group` (both 0-based) with a different valid symbol.
QString withMistypedCharacter(const QString& text, int group, int index)
{
    QString changed = text;
    const qsizetype position = group * 6 + index;
    changed[position] = changed[position] == u'7' ? u'8' : u'7';
    return changed;
}

} // namespace

TEST(RecoveryKey, LooksLikeEightGroupsOfFiveUnambiguousCharacters)
{
    const QString text = RecoveryKey::generate().text();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$"))
                    .match(text)
                    .hasMatch())
        << text.toStdString();
}

TEST(RecoveryKey, EachKeyIsDifferent)
{
    EXPECT_NE(RecoveryKey::generate().text(), RecoveryKey::generate().text());
}

TEST(RecoveryKey, TheTypedKeyGivesBackTheSameSecret)
{
    const RecoveryKey key = RecoveryKey::generate();
    const SecureBytes secret = key.secret();
    EXPECT_EQ(secret.size(), 20u);
    EXPECT_TRUE(RecoveryKey::parse(key.text()).equals(secret));
}

TEST(RecoveryKey, LowerCaseSpacesAndMissingDashesAreAccepted)
{
    const RecoveryKey key = RecoveryKey::generate();
    const QString text = key.text();
    EXPECT_TRUE(RecoveryKey::parse(text.toLower()).equals(key.secret()));
    EXPECT_TRUE(RecoveryKey::parse(QString(text).remove(u'-')).equals(key.secret()));
    EXPECT_TRUE(
        RecoveryKey::parse(QStringLiteral("  ") + QString(text).replace(u'-', u' ') + QStringLiteral("\n"))
            .equals(key.secret()));
}

TEST(RecoveryKey, LettersThatLookLikeDigitsAreReadAsThoseDigits)
{
    // Generate until the key contains a 1 or a 0 to substitute (nearly every key does).
    for (int attempt = 0; attempt < 100; ++attempt) {
        const RecoveryKey key = RecoveryKey::generate();
        const QString text = key.text();
        if (!text.contains(u'1') || !text.contains(u'0'))
            continue;
        QString typed = text;
        typed.replace(u'1', u'l').replace(u'0', u'O');
        EXPECT_TRUE(RecoveryKey::parse(typed).equals(key.secret())) << typed.toStdString();
        return;
    }
    FAIL() << "no key with both 1 and 0 in 100 attempts";
}

TEST(RecoveryKey, OneMistypedCharacterIsCaughtAndItsGroupNamed)
{
    const QString text = RecoveryKey::generate().text();
    for (int group = 0; group < 8; ++group) {
        for (int index = 0; index < 5; ++index) {
            const QString message = parseError(withMistypedCharacter(text, group, index));
            EXPECT_TRUE(
                message.startsWith(QStringLiteral("Group %1 of the recovery key is mistyped").arg(group + 1)))
                << message.toStdString();
        }
    }
}

TEST(RecoveryKey, TwoSwappedCharactersInAGroupAreCaught)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString text = RecoveryKey::generate().text();
        QString swapped = text;
        std::swap(swapped[6], swapped[7]); // second group, first two characters
        if (swapped == text)
            continue; // the two characters were the same
        EXPECT_TRUE(parseError(swapped).startsWith(QStringLiteral("Group 2 "))) << swapped.toStdString();
    }
}

TEST(RecoveryKey, SwappedGroupsAreCaught)
{
    const QString text = RecoveryKey::generate().text();
    QStringList groups = text.split(u'-');
    groups.swapItemsAt(2, 5);
    const QString message = parseError(groups.join(u'-'));
    EXPECT_TRUE(message.contains(QStringLiteral("Groups 3 and 6"))) << message.toStdString();
}

TEST(RecoveryKey, AMissingGroupGetsAClearMessage)
{
    QStringList groups = RecoveryKey::generate().text().split(u'-');
    groups.removeLast();
    const QString message = parseError(groups.join(u'-'));
    EXPECT_TRUE(message.contains(QStringLiteral("8 groups of 5"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("this one has 35 characters in 7 groups")))
        << message.toStdString();
}

TEST(RecoveryKey, AShortGroupIsNamed)
{
    QStringList groups = RecoveryKey::generate().text().split(u'-');
    groups[3].chop(1);
    const QString message = parseError(groups.join(u'-'));
    EXPECT_TRUE(message.startsWith(QStringLiteral("Group 4 of the recovery key has 4 characters")))
        << message.toStdString();
}

TEST(RecoveryKey, ACharacterRecoveryKeysNeverUseIsNamedByGroup)
{
    QString text = RecoveryKey::generate().text();
    text[13] = u'U'; // third group
    const QString message = parseError(text);
    EXPECT_TRUE(message.startsWith(QStringLiteral("Group 3 "))) << message.toStdString();
}

TEST(RecoveryKey, TheTypedKeyOpensTheRecoverySlot)
{
    const RecoveryKey key = RecoveryKey::generate();
    const SecureBytes masterKey = SecureBytes::random(32);
    const QString vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const KeySlot slot =
        KeySlot::create(KeySlot::recoveryUser(), KeySlot::Kind::Recovery, key.secret(), masterKey, vaultId);

    const std::optional<KeySlot::Keys> opened = slot.open(RecoveryKey::parse(key.text().toLower()), vaultId);
    ASSERT_TRUE(opened.has_value());
    EXPECT_TRUE(opened->current.equals(masterKey));
}
