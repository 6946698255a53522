// The child's household on the Family tab (issue #14): a baby, an unborn sibling, a parent's partner in the
// home. Amended and removed by new versions that keep the history, each change audited and placed in the
// chronology, every read audited.
#include "records/HouseholdRepository.h"

#include "audit/AuditLog.h"
#include "core/Error.h"
#include "records/ChronologyRepository.h"
#include "records/SearchIndex.h"
#include "records/VersionedRecord.h"
#include "storage/Database.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

using namespace lantern;
using namespace lantern::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

HouseholdMemberDetails person(const char* name, const char* relationship)
{
    HouseholdMemberDetails details;
    details.name = s(name);
    details.relationship = s(relationship);
    return details;
}

class HouseholdRepositoryTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        pupil = addTestPupil(dsl(), TestPupil(s("Maisie"), s("Brown")).bornOn(QDate(2018, 5, 2)));
    }

    // The message of the Error `action` throws, with its field; fails the test when it throws none.
    static Error refusal(const std::function<void()>& action)
    {
        try {
            action();
        } catch (const Error& error) {
            return error;
        }
        ADD_FAILURE() << "no error was thrown";
        return Error(ErrorKind::Internal, QString());
    }

    int audited(const char* action)
    {
        AuditFilter filter;
        filter.actionPrefix = QString::fromLatin1(action);
        return static_cast<int>(dsl().audit().entries(filter).size());
    }

    qint64 pupil = 0;
};

TEST_F(HouseholdRepositoryTest, AnUnbornSiblingAndAPartnerAreListedInTheOrderRecorded)
{
    // Today is 25 November 2026 (fixedNow).
    HouseholdMemberDetails partner = person("Dean Walsh", "Mother's partner");
    partner.livesWithChild = true;
    HouseholdMemberDetails unborn = person("Unborn baby", "Unborn sibling");
    unborn.expectedDeliveryDate = QDate(2027, 3, 1);
    HouseholdMemberDetails mother = person(" Kelly  Brown ", "Mother");
    mother.dateOfBirth = QDate(1994, 7, 9);
    mother.parentalResponsibility = true;
    mother.needsInterpreter = true;
    mother.language = s("oth");

    HouseholdRepository household(dsl());
    const qint64 partnerId = household.add(pupil, partner);
    const qint64 unbornId = household.add(pupil, unborn);
    household.add(pupil, mother);

    const QList<HouseholdMember> members = household.members(pupil);
    ASSERT_EQ(members.size(), 3);
    EXPECT_EQ(members[0].id, partnerId);
    EXPECT_EQ(members[0].current.relationship, s("Mother's partner"));
    EXPECT_TRUE(members[0].current.livesWithChild);
    EXPECT_EQ(members[1].id, unbornId);
    EXPECT_EQ(members[1].current.expectedDeliveryDate, QDate(2027, 3, 1));
    EXPECT_FALSE(members[1].current.dateOfBirth.has_value());
    // Stored tidied, the language as its code.
    EXPECT_EQ(members[2].current.name, s("Kelly Brown"));
    EXPECT_EQ(members[2].current.language, s("OTH"));
    EXPECT_TRUE(members[2].current.needsInterpreter);
    EXPECT_TRUE(members[2].current.parentalResponsibility);
    EXPECT_EQ(members[2].current.version, 1);
    EXPECT_EQ(members[2].current.amendedBy, s("dsl"));
    EXPECT_EQ(members[2].history.size(), 1);

    EXPECT_EQ(householdAgeText(members[1].current, QDate(2026, 11, 25)), s("expected 1 March 2027"));
    EXPECT_EQ(householdAgeText(members[2].current, QDate(2026, 11, 25)), s("born 9 July 1994 (32 years)"));
    HouseholdMemberDetails baby = person("Ava", "Half-sister");
    baby.dateOfBirth = QDate(2026, 6, 14);
    EXPECT_EQ(householdAgeText(baby, QDate(2026, 11, 25)), s("born 14 June 2026 (5 months)"));
    baby.dateOfBirth = QDate(2026, 11, 4);
    EXPECT_EQ(householdAgeText(baby, QDate(2026, 11, 25)), s("born 4 November 2026 (3 weeks)"));
}

TEST_F(HouseholdRepositoryTest, EachChangeIsAuditedAndPlacedInTheChronologyAsNotSignificant)
{
    HouseholdMemberDetails unborn = person("Unborn baby", "Unborn sibling");
    unborn.expectedDeliveryDate = QDate(2027, 3, 1);
    HouseholdRepository household(dsl());
    const qint64 id = household.add(pupil, unborn);

    EXPECT_EQ(audited("household.add"), 1);
    const QList<ChronologyEntry> entries = ChronologyRepository(dsl()).entries(pupil);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].summary, s("Household: Unborn baby (Unborn sibling, expected 2027-03-01) recorded"));
    EXPECT_EQ(entries[0].type, s("household"));
    EXPECT_EQ(entries[0].sourceId, id);
    EXPECT_FALSE(entries[0].significant);
    EXPECT_EQ(entries[0].when.display(), s("25 November 2026"));
    const QList<SearchIndex::Hit> hits = SearchIndex(dsl().database()).search(s("unborn"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].objectType, s("chronology"));
    EXPECT_EQ(hits[0].objectId, entries[0].id);

    household.remove(id, s("Pregnancy ended"));
    EXPECT_EQ(audited("household.remove"), 1);
    const QList<ChronologyEntry> after = ChronologyRepository(dsl()).entries(pupil);
    ASSERT_EQ(after.size(), 2);
    bool found = false;
    for (const ChronologyEntry& entry : after)
        found = found || entry.summary.contains(s("removed (Pregnancy ended)"));
    EXPECT_TRUE(found);
}

TEST_F(HouseholdRepositoryTest, AmendAndRemoveKeepTheHistoryReadable)
{
    HouseholdMemberDetails partner = person("Dean Walsh", "Mother's partner");
    const qint64 id = HouseholdRepository(dsl()).add(pupil, partner);

    m_clock.advanceSeconds(86400);
    HouseholdMemberDetails moved = partner;
    moved.livesWithChild = false;
    moved.notes = s("Moved out after the police were called; still visits at weekends.");
    HouseholdRepository(as(s("deputy"))).amend(id, moved, s("Mother says he moved out on Friday"));
    EXPECT_EQ(audited("household.amend"), 1);
    HouseholdRepository household(dsl()); // the DSL's session, opened again

    // Nothing changed, or no reason: refused, as every amendment is.
    EXPECT_EQ(refusal([&] { household.amend(id, moved, s("Again")); }).field(), AmendmentField::changes);
    EXPECT_EQ(refusal([&] { household.amend(id, partner, s("  ")); }).field(), AmendmentField::reason);

    HouseholdMember member = household.get(id);
    ASSERT_EQ(member.history.size(), 2);
    EXPECT_TRUE(member.history[0].livesWithChild);
    EXPECT_TRUE(member.history[0].amendReason.isEmpty());
    EXPECT_FALSE(member.current.livesWithChild);
    EXPECT_EQ(member.current.version, 2);
    EXPECT_EQ(member.current.amendedBy, s("deputy"));
    EXPECT_EQ(member.current.amendReason, s("Mother says he moved out on Friday"));

    household.remove(id, s("Recorded against the wrong child"));
    EXPECT_TRUE(household.members(pupil).isEmpty());
    member = household.get(id);
    ASSERT_EQ(member.history.size(), 3);
    EXPECT_TRUE(member.current.removed);
    EXPECT_FALSE(member.history[1].removed);
    EXPECT_EQ(member.current.name, s("Dean Walsh"));
    EXPECT_EQ(member.current.amendReason, s("Recorded against the wrong child"));

    // Removed once; not amended afterwards.
    EXPECT_EQ(refusal([&] { household.remove(id, s("Twice")); }).kind(), ErrorKind::InvalidInput);
    EXPECT_EQ(refusal([&] { household.amend(id, partner, s("Back")); }).kind(), ErrorKind::InvalidInput);
    EXPECT_EQ(refusal([&] { household.remove(id, QString()); }).field(), AmendmentField::reason);
    EXPECT_EQ(refusal([&] { household.get(9999); }).kind(), ErrorKind::NotFound);
}

TEST_F(HouseholdRepositoryTest, ValidationNamesTheField)
{
    HouseholdRepository household(dsl());
    const auto refused = [&](const HouseholdMemberDetails& details) {
        return refusal([&] { household.add(pupil, details); });
    };

    Error error = refused(person("  ", "Mother"));
    EXPECT_EQ(error.field(), HouseholdField::name);
    EXPECT_TRUE(error.message().startsWith(s("Name:"))) << error.message().toStdString();

    error = refused(person("Kelly Brown", ""));
    EXPECT_EQ(error.field(), HouseholdField::relationship);
    EXPECT_TRUE(error.message().startsWith(s("Relationship:")));

    HouseholdMemberDetails both = person("Ava", "Sister");
    both.dateOfBirth = QDate(2026, 1, 1);
    both.expectedDeliveryDate = QDate(2027, 1, 1);
    error = refused(both);
    EXPECT_EQ(error.field(), HouseholdField::expectedDelivery);
    EXPECT_TRUE(error.message().contains(s("not both")));

    HouseholdMemberDetails future = person("Ava", "Sister");
    future.dateOfBirth = QDate(2026, 11, 26);
    error = refused(future);
    EXPECT_EQ(error.field(), HouseholdField::dateOfBirth);
    EXPECT_TRUE(error.message().contains(s("in the future")));

    HouseholdMemberDetails tooFar = person("Unborn baby", "Unborn sibling");
    tooFar.expectedDeliveryDate = QDate(2027, 9, 26);
    error = refused(tooFar);
    EXPECT_EQ(error.field(), HouseholdField::expectedDelivery);
    EXPECT_TRUE(error.message().contains(s("more than 10 months ahead")));
    tooFar.expectedDeliveryDate = QDate(2027, 9, 25); // exactly ten months: accepted
    EXPECT_GT(household.add(pupil, tooFar), 0);

    HouseholdMemberDetails born = person("Unborn baby", "Unborn sibling");
    born.expectedDeliveryDate = QDate(2026, 10, 24);
    error = refused(born);
    EXPECT_EQ(error.field(), HouseholdField::expectedDelivery);
    EXPECT_TRUE(error.message().contains(s("date of birth instead")));

    HouseholdMemberDetails polish = person("Kasia Nowak", "Mother");
    polish.language = s("Polish");
    error = refused(polish);
    EXPECT_EQ(error.field(), HouseholdField::language);
    EXPECT_TRUE(error.message().startsWith(s("Language: \"Polish\"")));
    EXPECT_TRUE(error.message().contains(s("OTH")));

    HouseholdMemberDetails hidden = person(s("Kelly \u202EnworB").toUtf8().constData(), "Mother");
    error = refused(hidden);
    EXPECT_EQ(error.field(), HouseholdField::name);
    EXPECT_TRUE(error.message().contains(s("text-direction control")));

    HouseholdMemberDetails longNotes = person("Kelly Brown", "Mother");
    longNotes.notes = QString(5000, QLatin1Char('x'));
    EXPECT_EQ(refused(longNotes).field(), HouseholdField::notes);

    // Nothing refused was stored.
    EXPECT_EQ(household.members(pupil).size(), 1);
}

TEST_F(HouseholdRepositoryTest, RolesWithoutCaseAccessCanNeitherReadNorWrite)
{
    const qint64 id = HouseholdRepository(dsl()).add(pupil, person("Dean Walsh", "Mother's partner"));
    for (const char* name : {"staff", "admin", "head"}) {
        HouseholdRepository household(as(QString::fromLatin1(name)));
        EXPECT_EQ(refusal([&] { household.add(pupil, person("Ava", "Sister")); }).kind(),
                  ErrorKind::PermissionDenied)
            << name;
        EXPECT_EQ(refusal([&] { household.members(pupil); }).kind(), ErrorKind::PermissionDenied) << name;
        EXPECT_EQ(refusal([&] { household.remove(id, s("No")); }).kind(), ErrorKind::PermissionDenied)
            << name;
    }
    EXPECT_EQ(HouseholdRepository(dsl()).members(pupil).size(), 1);
}

TEST_F(HouseholdRepositoryTest, ReadingIsAuditedAsAView)
{
    HouseholdRepository(dsl()).add(pupil, person("Dean Walsh", "Mother's partner"));
    HouseholdRepository(as(s("deputy"))).members(pupil);
    AuditFilter filter;
    filter.actionPrefix = s("household.view");
    const QList<AuditEntry> views = as(s("deputy")).audit().entries(filter);
    ASSERT_EQ(views.size(), 1);
    EXPECT_EQ(views[0].actor, s("deputy"));
    EXPECT_EQ(views[0].objectType, s("pupil"));
    EXPECT_EQ(views[0].objectId, QString::number(pupil));
}

} // namespace
