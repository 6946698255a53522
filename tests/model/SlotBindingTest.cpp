// Issue #12, key slots: each slot is bound to its user, kind, role and vault; keyslots.json carries a
// generation the database also keeps, so an older file put back is refused; vaults whose keyslots.json was
// written before (format 1) open and are upgraded at the next unlock.
#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "core/AtomicFile.h"
#include "core/Error.h"
#include "records/ConcernRepository.h"
#include "records/PupilRepository.h"
#include "support/LegacyVault.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"
#include "vault/KeySlotFile.h"
#include "vault/UserAdministration.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

const QStringList everyone{QStringLiteral("dsl"),    QStringLiteral("deputy"), QStringLiteral("staff"),
                           QStringLiteral("staff2"), QStringLiteral("admin"),  QStringLiteral("head")};

SecureBytes passwordOf(const QString& username)
{
    return SecureBytes::fromUtf8((username + QStringLiteral(" password 123")).toUtf8());
}

class SlotBindingTest : public RecordsFixture {
protected:
    QString slotPath() const { return VaultPaths(vaultFolder()).keySlots(); }

    // Edits keyslots.json as an attacker with write access to the folder would.
    void editSlots(const std::function<void(QJsonObject&)>& edit)
    {
        m_vault.reset();
        QJsonObject root = QJsonDocument::fromJson(readWholeFile(slotPath())).object();
        edit(root);
        writeFileAtomically(slotPath(), QJsonDocument(root).toJson());
    }

    static QJsonObject& slotOf(QJsonArray& list, const QString& user, QJsonObject& holder)
    {
        for (const QJsonValue& value : list)
            if (value.toObject().value(QStringLiteral("user")).toString() == user)
                holder = value.toObject();
        return holder;
    }

    static void renameSlot(QJsonObject& root, const QString& from, const QString& to)
    {
        QJsonArray list = root.value(QStringLiteral("slots")).toArray();
        QJsonArray kept;
        for (const QJsonValue& value : list) {
            QJsonObject slot = value.toObject();
            const QString user = slot.value(QStringLiteral("user")).toString();
            if (user == to)
                continue; // the victim's own slot goes
            if (user == from)
                slot.insert(QStringLiteral("user"), to);
            kept.append(slot);
        }
        root.insert(QStringLiteral("slots"), kept);
    }

    Error unlockError(const QString& as, const SecureBytes& password)
    {
        m_vault.reset();
        try {
            m_vault = Vault::unlock(vaultFolder(), as, password, m_clock);
        } catch (const Error& error) {
            return error;
        }
        ADD_FAILURE() << "the vault opened as " << as.toStdString();
        return Error(ErrorKind::Internal, QString());
    }

    void expectEveryoneOpens()
    {
        for (const QString& name : everyone) {
            m_vault.reset();
            try {
                m_vault = Vault::unlock(vaultFolder(), name, passwordOf(name), m_clock);
                EXPECT_EQ(m_vault->user().username, name);
            } catch (const Error& error) {
                ADD_FAILURE() << name.toStdString() << ": " << error.what();
            }
        }
    }

    QMap<QString, QString> passwords() const
    {
        QMap<QString, QString> result;
        for (const QString& name : everyone)
            result.insert(name, name + QStringLiteral(" password 123"));
        return result;
    }
};

TEST_F(SlotBindingTest, EveryRoleOpensAndEachSlotNamesItsRole)
{
    expectEveryoneOpens();
    const KeySlotFile file = KeySlotFile::load(slotPath());
    EXPECT_EQ(file.version, 3);
    EXPECT_GT(file.generation, 0);
    EXPECT_EQ(file.findByUser(QStringLiteral("head"))->role, QStringLiteral("head"));
    EXPECT_EQ(file.findByUser(QStringLiteral("deputy"))->wrapVersion, 2);
}

TEST_F(SlotBindingTest, ARenamedSlotDoesNotOpenAsItsNewName)
{
    m_vault.reset();
    const QByteArray genuine = readWholeFile(slotPath());
    editSlots([](QJsonObject& root) { renameSlot(root, QStringLiteral("staff"), QStringLiteral("dsl")); });
    const Error error = unlockError(QStringLiteral("dsl"), passwordOf(QStringLiteral("staff")));
    EXPECT_EQ(error.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(error.message().contains(QStringLiteral("does not belong to this user"))) << error.what();

    // Put right, the next unlock records the attempt in the audit chain.
    writeFileAtomically(slotPath(), genuine);
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("vault.unlock-failed");
    const QList<AuditEntry> failed = dsl().audit().entries(filter);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().details.contains(QStringLiteral("refused")))
        << failed.first().details.toStdString();
}

TEST_F(SlotBindingTest, AReRoledSlotDoesNotOpen)
{
    editSlots([](QJsonObject& root) {
        QJsonArray list = root.value(QStringLiteral("slots")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject slot = list.at(i).toObject();
            if (slot.value(QStringLiteral("user")).toString() == QLatin1String("staff"))
                slot.insert(QStringLiteral("role"), QStringLiteral("dsl"));
            list.replace(i, slot);
        }
        root.insert(QStringLiteral("slots"), list);
    });
    const Error error = unlockError(QStringLiteral("staff"), passwordOf(QStringLiteral("staff")));
    EXPECT_EQ(error.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(error.message().contains(QStringLiteral("does not belong to this user"))) << error.what();
}

TEST_F(SlotBindingTest, ARoleChangedThroughTheModelIsBoundAgain)
{
    UserAdministration(dsl()).changeRole(QStringLiteral("staff"), Role::Deputy);
    m_vault.reset();
    m_vault =
        Vault::unlock(vaultFolder(), QStringLiteral("staff"), passwordOf(QStringLiteral("staff")), m_clock);
    EXPECT_EQ(m_vault->user().role, Role::Deputy);
    EXPECT_EQ(KeySlotFile::load(slotPath()).findByUser(QStringLiteral("staff"))->role,
              QStringLiteral("deputy"));
}

TEST_F(SlotBindingTest, AnOlderKeyslotsJsonIsRefusedAndItsGenerationCannotBeEdited)
{
    m_vault.reset();
    const QByteArray before = readWholeFile(slotPath());
    const qint64 oldGeneration = KeySlotFile::parse(before).generation;
    dsl().removeUser(QStringLiteral("deputy"));
    m_vault.reset();
    const qint64 newGeneration = KeySlotFile::load(slotPath()).generation;
    ASSERT_GT(newGeneration, oldGeneration);

    // The departed deputy puts back the copy they kept.
    writeFileAtomically(slotPath(), before);
    const Error error = unlockError(QStringLiteral("deputy"), passwordOf(QStringLiteral("deputy")));
    EXPECT_EQ(error.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(
        error.message().contains(QStringLiteral("keyslots.json is older than the vault (generation %1, "
                                                "expected %2)")
                                     .arg(oldGeneration)
                                     .arg(newGeneration)))
        << error.what();
    // The DSL is refused the same way: the file must be put right.
    EXPECT_EQ(unlockError(QStringLiteral("dsl"), passwordOf(QStringLiteral("dsl"))).kind(),
              ErrorKind::Damaged);

    // Giving the old copy the new number breaks its MAC.
    editSlots([&](QJsonObject& root) { root.insert(QStringLiteral("generation"), newGeneration); });
    const Error edited = unlockError(QStringLiteral("deputy"), passwordOf(QStringLiteral("deputy")));
    EXPECT_EQ(edited.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(edited.message().contains(QStringLiteral("has been altered"))) << edited.what();
}

TEST_F(SlotBindingTest, ARemovedSlotPutBackIntoTheCurrentFileIsRefused)
{
    m_vault.reset();
    QJsonObject deputySlot;
    {
        QJsonArray list = QJsonDocument::fromJson(readWholeFile(slotPath()))
                              .object()
                              .value(QStringLiteral("slots"))
                              .toArray();
        slotOf(list, QStringLiteral("deputy"), deputySlot);
    }
    dsl().removeUser(QStringLiteral("deputy"));
    editSlots([&](QJsonObject& root) {
        QJsonArray list = root.value(QStringLiteral("slots")).toArray();
        list.append(deputySlot);
        root.insert(QStringLiteral("slots"), list);
    });
    const Error error = unlockError(QStringLiteral("deputy"), passwordOf(QStringLiteral("deputy")));
    EXPECT_EQ(error.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(error.message().contains(QStringLiteral("has been altered"))) << error.what();
}

TEST_F(SlotBindingTest, ALegacyVaultOpensForEveryoneAndIsUpgradedAtTheNextUnlock)
{
    m_vault.reset();
    makeLegacySlots(vaultFolder(), passwords());
    const KeySlotFile legacy = KeySlotFile::load(slotPath());
    ASSERT_EQ(legacy.version, 1);
    ASSERT_EQ(legacy.findByUser(QStringLiteral("staff"))->wrapVersion, 1);
    ASSERT_TRUE(legacy.findByUser(QStringLiteral("staff"))->role.isEmpty());

    dsl();
    const KeySlotFile upgraded = KeySlotFile::load(slotPath());
    EXPECT_EQ(upgraded.version, 3);
    EXPECT_GE(upgraded.generation, 1);
    EXPECT_EQ(upgraded.keySlots.size(), legacy.keySlots.size());
    EXPECT_EQ(upgraded.findByUser(QStringLiteral("staff"))->role, QStringLiteral("staff"));
    EXPECT_EQ(upgraded.findByUser(QStringLiteral("dsl"))->role, QStringLiteral("dsl"));
    // The wrapping needs the owner's password; only the binding is re-issued.
    EXPECT_EQ(upgraded.findByUser(QStringLiteral("staff"))->wrapVersion, 1);
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("vault.keyslots");
    const QList<AuditEntry> entries = m_vault->audit().entries(filter);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_TRUE(entries.first().details.contains(QStringLiteral("upgraded")))
        << entries.first().details.toStdString();
    expectEveryoneOpens();
    // Each owner's unlock wrapped their slot again with its username.
    for (const KeySlot& slot : KeySlotFile::load(slotPath()).keySlots)
        EXPECT_EQ(slot.wrapVersion, 2) << slot.user.toStdString();

    // From now on the old file is a rollback.
    writeFileAtomically(slotPath(), legacy.toJson());
    const Error error = unlockError(QStringLiteral("staff"), passwordOf(QStringLiteral("staff")));
    EXPECT_EQ(error.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(error.message().contains(QStringLiteral("generation 0, expected"))) << error.what();
}

TEST_F(SlotBindingTest, ALegacyVaultIsSplitIntoCompartmentsAtTheNextUnlockAndKeepsEveryRecord)
{
    const qint64 amy = addTestPupil(dsl(), TestPupil(QStringLiteral("Amy"), QStringLiteral("Okafor")));
    NewConcern concern;
    concern.occurred = PartialDate::parse(QStringLiteral("2026-11-24"), QStringLiteral("When"));
    concern.children = {{amy, ChildRole::Subject, {}, {}}};
    concern.categoryIds = {QStringLiteral("neglect")};
    concern.account = QStringLiteral("Arrived without a coat again.");
    const qint64 concernId = ConcernRepository(dsl()).record(concern);
    NewAdult adult;
    adult.details.name = QStringLiteral("Daniel Okafor");
    const qint64 adultId = AdultRegister(dsl()).add(adult);
    ReportedAdultConcern aboutDaniel;
    aboutDaniel.adult.adultId = adultId;
    aboutDaniel.content.occurred = PartialDate::parse(QStringLiteral("2026-11-20"), QStringLiteral("When"));
    aboutDaniel.content.account = QStringLiteral("Shouted at a pupil.");
    const qint64 adultConcernId = AdultConcernRepository(dsl()).record(aboutDaniel);
    m_vault.reset();

    const VaultPaths paths(vaultFolder());
    makeLegacySlots(vaultFolder(), passwords());
    ASSERT_TRUE(QFileInfo::exists(paths.legacyRecords()));
    for (Compartment each : allCompartments())
        ASSERT_FALSE(QFileInfo::exists(paths.store(each))) << compartmentName(each).toStdString();

    dsl(); // the first unlock splits it
    for (Compartment each : {Compartment::Directory, Compartment::Cases, Compartment::Adults})
        EXPECT_TRUE(QFileInfo::exists(paths.store(each))) << compartmentName(each).toStdString();
    EXPECT_FALSE(QFileInfo::exists(paths.legacyRecords()));
    for (Compartment each : allCompartments())
        EXPECT_FALSE(QFileInfo::exists(paths.splitting(each))) << compartmentName(each).toStdString();
    EXPECT_TRUE(dsl().holds(Compartment::Cases));
    EXPECT_TRUE(dsl().holds(Compartment::Adults));
    EXPECT_FALSE(dsl().holds(Compartment::Headteacher));

    // Every record is still there for the DSL.
    EXPECT_EQ(PupilRepository(dsl()).find(amy)->legalForename, QStringLiteral("Amy"));
    EXPECT_EQ(ConcernRepository(dsl()).get(concernId).current.account, concern.account);
    const Adult daniel = AdultRegister(dsl()).get(adultId);
    ASSERT_EQ(daniel.concerns.size(), 1);
    EXPECT_EQ(daniel.concerns.first().id, adultConcernId);
    EXPECT_TRUE(dsl().audit().verify().intact()) << dsl().audit().verify().problem.toStdString();

    // The compartment keys were granted by role: the deputy reads the cases, staff hold none.
    expectEveryoneOpens();
    const KeySlotFile split = KeySlotFile::load(slotPath());
    EXPECT_EQ(split.version, 3);
    EXPECT_TRUE(split.findByUser(QStringLiteral("deputy"))->holds(compartmentName(Compartment::Cases)));
    EXPECT_TRUE(split.findByUser(QStringLiteral("head"))->holds(compartmentName(Compartment::Adults)));
    EXPECT_FALSE(split.findByUser(QStringLiteral("head"))->holds(compartmentName(Compartment::Cases)));
    EXPECT_TRUE(split.findByUser(QStringLiteral("staff"))->compartmentKeys.empty());
    EXPECT_TRUE(split.findByUser(QStringLiteral("admin"))->compartmentKeys.empty());
    EXPECT_EQ(ConcernRepository(as(QStringLiteral("deputy"))).get(concernId).current.account,
              concern.account);
}

TEST_F(SlotBindingTest, InALegacyVaultARenamedSlotIsRefusedAndDroppedAtTheUpgrade)
{
    m_vault.reset();
    makeLegacySlots(vaultFolder(), passwords());
    editSlots([](QJsonObject& root) { renameSlot(root, QStringLiteral("staff"), QStringLiteral("deputy")); });
    const Error error = unlockError(QStringLiteral("deputy"), passwordOf(QStringLiteral("staff")));
    EXPECT_EQ(error.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(error.message().contains(QStringLiteral("does not belong to this user"))) << error.what();

    dsl(); // the upgrade drops the slot that is not bound to its name, and says so
    EXPECT_EQ(KeySlotFile::load(slotPath()).findByUser(QStringLiteral("deputy")), nullptr);
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("vault.keyslots");
    const QList<AuditEntry> entries = m_vault->audit().entries(filter);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_TRUE(entries.first().details.contains(QStringLiteral("slots removed")))
        << entries.first().details.toStdString();
}

} // namespace
