#include "crypto/KeySlot.h"

#include "core/Error.h"
#include "crypto/KeySlotFile.h"
#include "storage/AtomicFile.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <functional>
#include <gtest/gtest.h>

using namespace lantern;

namespace {

QString newVaultId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

KeySlot aliceSlot(const SecureBytes& masterKey, const QString& vaultId) {
    return KeySlot::wrap(KeySlot::newId(), QStringLiteral("alice"), KeySlot::Kind::Password,
                         test::secret("alice's password"), masterKey, vaultId);
}

KeySlotFile twoSlotFile(const SecureBytes& masterKey) {
    KeySlotFile file;
    file.vaultId = newVaultId();
    file.add(aliceSlot(masterKey, file.vaultId));
    file.add(KeySlot::wrap(KeySlot::newId(), KeySlot::recoveryUser(), KeySlot::Kind::Recovery,
                           test::secret("recovery secret"), masterKey, file.vaultId));
    return file;
}

// Serialises `file`, lets `edit` change the JSON, and returns the error parsing it gives (or fails the test).
Error errorAfterEditing(const KeySlotFile& file, const std::function<void(QJsonObject&)>& edit) {
    QJsonObject root = QJsonDocument::fromJson(file.toJson()).object();
    edit(root);
    try {
        KeySlotFile::parse(QJsonDocument(root).toJson());
    } catch (const Error& error) {
        return error;
    }
    ADD_FAILURE() << "the edited keyslots.json was accepted";
    return Error(ErrorKind::Internal, QString());
}

// Applies `edit` to the `index`th slot object.
std::function<void(QJsonObject&)> editSlot(int index, const std::function<void(QJsonObject&)>& edit) {
    return [index, edit](QJsonObject& root) {
        QJsonArray list = root.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = list.at(index).toObject();
        edit(slot);
        list.replace(index, slot);
        root.insert(QStringLiteral("slots"), list);
    };
}

} // namespace

TEST(KeySlot, TheRightPasswordOpensTheSlot) {
    const SecureBytes masterKey = SecureBytes::random(32);
    const QString vaultId = newVaultId();
    const KeySlot slot = aliceSlot(masterKey, vaultId);

    const std::optional<SecureBytes> opened = slot.unwrap(test::secret("alice's password"), vaultId);
    ASSERT_TRUE(opened.has_value());
    EXPECT_TRUE(opened->equals(masterKey));
    EXPECT_EQ(slot.kdf.algorithm, QStringLiteral("argon2id13"));
}

TEST(KeySlot, AWrongPasswordDoesNotOpenTheSlot) {
    const SecureBytes masterKey = SecureBytes::random(32);
    const QString vaultId = newVaultId();
    const KeySlot slot = aliceSlot(masterKey, vaultId);

    EXPECT_FALSE(slot.unwrap(test::secret("alice's passwore"), vaultId).has_value());
    EXPECT_FALSE(slot.unwrap(test::secret(""), vaultId).has_value());
}

TEST(KeySlot, ASlotCopiedIntoAnotherVaultDoesNotOpen) {
    const SecureBytes masterKey = SecureBytes::random(32);
    const KeySlot slot = aliceSlot(masterKey, newVaultId());
    EXPECT_FALSE(slot.unwrap(test::secret("alice's password"), newVaultId()).has_value());
}

TEST(KeySlot, ASlotGivenAnotherSlotsIdDoesNotOpen) {
    const SecureBytes masterKey = SecureBytes::random(32);
    const QString vaultId = newVaultId();
    KeySlot slot = aliceSlot(masterKey, vaultId);
    slot.id = KeySlot::newId();
    EXPECT_FALSE(slot.unwrap(test::secret("alice's password"), vaultId).has_value());
}

TEST(KeySlot, DuringARotationTheSlotOpensBothTheNewAndTheOldKey) {
    const SecureBytes oldKey = SecureBytes::random(32);
    const SecureBytes newKey = SecureBytes::random(32);
    const QString vaultId = newVaultId();
    const KeySlot before = aliceSlot(oldKey, vaultId);

    EXPECT_FALSE(before.withPrevious(test::secret("wrong"), vaultId, newKey).has_value());
    const std::optional<KeySlot> during =
        before.withPrevious(test::secret("alice's password"), vaultId, newKey);
    ASSERT_TRUE(during.has_value());
    EXPECT_EQ(during->id, before.id);

    const std::optional<KeySlot::Keys> keys = during->unwrapAll(test::secret("alice's password"), vaultId);
    ASSERT_TRUE(keys.has_value());
    EXPECT_TRUE(keys->current.equals(newKey));
    ASSERT_TRUE(keys->previous.has_value());
    EXPECT_TRUE(keys->previous->equals(oldKey));

    const KeySlot after = during->withoutPrevious();
    const std::optional<KeySlot::Keys> afterKeys = after.unwrapAll(test::secret("alice's password"), vaultId);
    ASSERT_TRUE(afterKeys.has_value());
    EXPECT_TRUE(afterKeys->current.equals(newKey));
    EXPECT_FALSE(afterKeys->previous.has_value());
}

TEST(KeySlot, ARetiredKeyCannotBeSwappedInAsTheCurrentOne) {
    const SecureBytes oldKey = SecureBytes::random(32);
    const SecureBytes newKey = SecureBytes::random(32);
    const QString vaultId = newVaultId();
    KeySlot slot =
        KeySlot::wrapWithPrevious(KeySlot::newId(), QStringLiteral("alice"), KeySlot::Kind::Password,
                                  test::secret("pw"), newKey, oldKey, vaultId);
    std::swap(slot.nonce, slot.previousNonce);
    std::swap(slot.wrappedKey, slot.previousWrappedKey);
    EXPECT_FALSE(slot.unwrap(test::secret("pw"), vaultId).has_value());
}

TEST(KeySlotFile, SavedSlotsLoadBackAndStillOpen) {
    const SecureBytes masterKey = SecureBytes::random(32);
    test::TempFolder folder;
    const QString path = folder.path(KeySlotFile::fileName());
    const KeySlotFile saved = twoSlotFile(masterKey);
    saved.save(path);

    const KeySlotFile loaded = KeySlotFile::load(path);
    EXPECT_EQ(loaded.vaultId, saved.vaultId);
    ASSERT_EQ(loaded.keySlots.size(), 2);
    const KeySlot* alice = loaded.findByUser(QStringLiteral("alice"));
    ASSERT_NE(alice, nullptr);
    const std::optional<SecureBytes> opened = alice->unwrap(test::secret("alice's password"), loaded.vaultId);
    ASSERT_TRUE(opened.has_value());
    EXPECT_TRUE(opened->equals(masterKey));

    const KeySlot* recovery = loaded.findRecovery();
    ASSERT_NE(recovery, nullptr);
    EXPECT_EQ(recovery->kind, KeySlot::Kind::Recovery);
    EXPECT_TRUE(recovery->unwrap(test::secret("recovery secret"), loaded.vaultId).has_value());
}

TEST(KeySlotFile, TheFileRecordsTheDatabaseCipherSettings) {
    const QJsonObject root = QJsonDocument::fromJson(twoSlotFile(SecureBytes::random(32)).toJson()).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("lantern-keyslots"));
    const QJsonObject cipher = root.value(QStringLiteral("cipher")).toObject();
    EXPECT_EQ(cipher.value(QStringLiteral("sqlcipher_compatibility")).toInt(), 3);
    EXPECT_EQ(cipher.value(QStringLiteral("kdf_iter")).toInt(), 64000);
    EXPECT_EQ(cipher.value(QStringLiteral("hmac")).toString(), QStringLiteral("HMAC_SHA1"));
}

TEST(KeySlotFile, ARotationInProgressSurvivesSavingAndLoading) {
    const SecureBytes oldKey = SecureBytes::random(32);
    const SecureBytes newKey = SecureBytes::random(32);
    KeySlotFile file;
    file.vaultId = newVaultId();
    const KeySlot slot = aliceSlot(oldKey, file.vaultId);
    file.add(*slot.withPrevious(test::secret("alice's password"), file.vaultId, newKey));

    const KeySlotFile loaded = KeySlotFile::parse(file.toJson());
    const auto keys = loaded.keySlots.first().unwrapAll(test::secret("alice's password"), loaded.vaultId);
    ASSERT_TRUE(keys.has_value());
    ASSERT_TRUE(keys->previous.has_value());
    EXPECT_TRUE(keys->previous->equals(oldKey));
}

TEST(KeySlotFile, AddingASecondSlotForTheSameUserIsRefused) {
    const SecureBytes masterKey = SecureBytes::random(32);
    KeySlotFile file = twoSlotFile(masterKey);
    try {
        file.add(aliceSlot(masterKey, file.vaultId));
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
    }
    EXPECT_EQ(file.keySlots.size(), 2);
}

TEST(KeySlotFile, ReplacingAndRemovingSlotsById) {
    const SecureBytes masterKey = SecureBytes::random(32);
    KeySlotFile file = twoSlotFile(masterKey);
    const QString aliceId = file.findByUser(QStringLiteral("alice"))->id;

    KeySlot changed = KeySlot::wrap(aliceId, QStringLiteral("alice"), KeySlot::Kind::Password,
                                    test::secret("new password"), masterKey, file.vaultId);
    file.replace(std::move(changed));
    EXPECT_TRUE(file.findById(aliceId)->unwrap(test::secret("new password"), file.vaultId).has_value());
    EXPECT_FALSE(file.findById(aliceId)->unwrap(test::secret("alice's password"), file.vaultId).has_value());

    file.remove(aliceId);
    EXPECT_EQ(file.findByUser(QStringLiteral("alice")), nullptr);
    EXPECT_EQ(file.keySlots.size(), 1);
    EXPECT_THROW(file.remove(aliceId), Error);
}

TEST(KeySlotFile, AMissingFileIsReportedAsDamage) {
    test::TempFolder folder;
    try {
        KeySlotFile::load(folder.path(KeySlotFile::fileName()));
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Damaged);
        EXPECT_TRUE(error.message().contains(QStringLiteral("no keyslots.json"))) << error.what();
    }
}

TEST(KeySlotFile, MalformedJsonIsReportedAsDamageToKeyslotsJson) {
    test::TempFolder folder;
    const QString path = folder.path(KeySlotFile::fileName());
    writeFileAtomically(path, QByteArrayLiteral("{\"format\": \"lantern-keyslots\", \"slots\": ["));
    try {
        KeySlotFile::load(path);
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Damaged);
        EXPECT_TRUE(error.message().contains(QStringLiteral("keyslots.json"))) << error.what();
        EXPECT_TRUE(error.message().contains(QStringLiteral("not valid JSON"))) << error.what();
    }
}

TEST(KeySlotFile, AMissingFieldIsNamedWithItsSlot) {
    const KeySlotFile file = twoSlotFile(SecureBytes::random(32));
    const Error error =
        errorAfterEditing(file, editSlot(1, [](QJsonObject& slot) { slot.remove(QStringLiteral("nonce")); }));
    EXPECT_EQ(error.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(error.message().contains(QStringLiteral("slot 2"))) << error.what();
    EXPECT_TRUE(error.message().contains(QStringLiteral("\"nonce\" is missing"))) << error.what();
}

TEST(KeySlotFile, AShortenedWrappedKeyIsNamed) {
    const KeySlotFile file = twoSlotFile(SecureBytes::random(32));
    const Error error =
        errorAfterEditing(file, editSlot(0, [](QJsonObject& slot) {
                              slot.insert(QStringLiteral("wrapped_key"), QStringLiteral("AAAA"));
                          }));
    EXPECT_EQ(error.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(error.message().contains(QStringLiteral("slot 1"))) << error.what();
    EXPECT_TRUE(error.message().contains(QStringLiteral("wrapped_key"))) << error.what();
}

TEST(KeySlotFile, TamperedKdfCostsAreRejectedOnLoading) {
    const KeySlotFile file = twoSlotFile(SecureBytes::random(32));
    const Error hugeMemory =
        errorAfterEditing(file, editSlot(0, [](QJsonObject& slot) {
                              QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
                              kdf.insert(QStringLiteral("mem_limit"), 100.0 * (1ll << 30));
                              slot.insert(QStringLiteral("kdf"), kdf);
                          }));
    EXPECT_EQ(hugeMemory.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(hugeMemory.message().contains(QStringLiteral("slot 1"))) << hugeMemory.what();
    EXPECT_TRUE(hugeMemory.message().contains(QStringLiteral("memory"))) << hugeMemory.what();

    const Error weakened = errorAfterEditing(file, editSlot(0, [](QJsonObject& slot) {
                                                 QJsonObject kdf =
                                                     slot.value(QStringLiteral("kdf")).toObject();
                                                 kdf.insert(QStringLiteral("ops_limit"), 0);
                                                 slot.insert(QStringLiteral("kdf"), kdf);
                                             }));
    EXPECT_EQ(weakened.kind(), ErrorKind::Damaged);

    const Error negative = errorAfterEditing(file, editSlot(0, [](QJsonObject& slot) {
                                                 QJsonObject kdf =
                                                     slot.value(QStringLiteral("kdf")).toObject();
                                                 kdf.insert(QStringLiteral("mem_limit"), -1);
                                                 slot.insert(QStringLiteral("kdf"), kdf);
                                             }));
    EXPECT_EQ(negative.kind(), ErrorKind::Damaged);
}

TEST(KeySlotFile, AFileFromANewerLanternIsReportedAsSuch) {
    const KeySlotFile file = twoSlotFile(SecureBytes::random(32));
    const Error error =
        errorAfterEditing(file, [](QJsonObject& root) { root.insert(QStringLiteral("version"), 2); });
    EXPECT_EQ(error.kind(), ErrorKind::NewerVersion);
}

TEST(KeySlotFile, AnUnknownSlotKindIsNamed) {
    const KeySlotFile file = twoSlotFile(SecureBytes::random(32));
    const Error error = errorAfterEditing(file, editSlot(1, [](QJsonObject& slot) {
                                              slot.insert(QStringLiteral("kind"), QStringLiteral("master"));
                                          }));
    EXPECT_EQ(error.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(error.message().contains(QStringLiteral("slot 2"))) << error.what();
    EXPECT_TRUE(error.message().contains(QStringLiteral("master"))) << error.what();
}
