// A validation error names the field it is about by a stable identifier (Error::field()), so that a form can
// show it beside that field without reading its text; an error about no particular field names none.
#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "adults/LadoConsultationRepository.h"
#include "core/Error.h"
#include "records/ConcernValidator.h"
#include "support/AdultsFixture.h"

#include <functional>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

// The error `action` throws; a failure when it throws none.
Error thrown(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error;
    }
    ADD_FAILURE() << "no error was thrown";
    return Error(ErrorKind::Internal, QString());
}

NewConcern validConcern()
{
    NewConcern concern;
    concern.occurred = PartialDate::day(QDate(2026, 11, 24));
    concern.children = {{1, ChildRole::Subject, {}, {}}};
    concern.categoryIds = {QStringLiteral("child-on-child-physical")};
    concern.account = QStringLiteral("Pushed over at break.");
    return concern;
}

TEST(ErrorFieldTest, AnErrorAboutNoFieldNamesNone)
{
    const Error error(ErrorKind::NotFound, QStringLiteral("There is no concern 7."));
    EXPECT_TRUE(error.field().isEmpty());
    const Error about(ErrorKind::InvalidInput, ConcernField::account, QStringLiteral("Account: write it."));
    EXPECT_EQ(about.field(), QStringLiteral("concern.account"));
    EXPECT_EQ(about.message(), QStringLiteral("Account: write it."));
}

TEST(ErrorFieldTest, EachRuleOfAConcernNamesItsField)
{
    const ConcernValidator validator(QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC));
    EXPECT_NO_THROW(validator.checked(validConcern()));

    NewConcern concern = validConcern();
    concern.occurred = PartialDate::day(QDate(2026, 11, 26));
    Error error = thrown([&] { validator.checked(concern); });
    EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
    EXPECT_EQ(error.field(), ConcernField::occurred);
    EXPECT_EQ(error.field(), QStringLiteral("concern.occurred"));
    // The message is for people, in the source language here (no translator is installed).
    EXPECT_TRUE(error.message().startsWith(QStringLiteral("When it happened: ")))
        << error.message().toStdString();

    concern = validConcern();
    concern.children.clear();
    EXPECT_EQ(thrown([&] { validator.checked(concern); }).field(), ConcernField::children);

    concern = validConcern();
    concern.categoryIds = {QStringLiteral("no-such-category")};
    EXPECT_EQ(thrown([&] { validator.checked(concern); }).field(), ConcernField::categories);

    concern = validConcern();
    concern.account = QStringLiteral("   ");
    EXPECT_EQ(thrown([&] { validator.checked(concern); }).field(), ConcernField::account);

    concern = validConcern();
    concern.bodyMap = {{BodyMapMark::Side::Front, 1.5, 0.5, {}}};
    EXPECT_EQ(thrown([&] { validator.checked(concern); }).field(), ConcernField::bodyMap);
}

class AdultsErrorFieldTest : public AdultsFixture {};

TEST_F(AdultsErrorFieldTest, TheAdultsRegisterNamesItsFields)
{
    NewAdult nameless;
    nameless.details.name = QStringLiteral("  ");
    EXPECT_EQ(thrown([&] { AdultRegister(dsl()).add(nameless); }).field(), AdultField::name);

    const qint64 adult = addAdult("Daniel Okafor");
    ReportedAdultConcern concern;
    concern.adult.adultId = adult;
    concern.content = content("2026-10-01", "  ");
    EXPECT_EQ(thrown([&] { AdultConcernRepository(dsl()).record(concern); }).field(),
              AdultConcernField::account);
    concern.content = content("2026-12-01", "Something");
    EXPECT_EQ(thrown([&] { AdultConcernRepository(dsl()).record(concern); }).field(),
              AdultConcernField::occurred);

    NewLadoConsultation consultation;
    consultation.consultedOn = QDate(2026, 11, 20);
    consultation.advice = QStringLiteral("Manage within the school's procedures.");
    EXPECT_EQ(thrown([&] { LadoConsultationRepository(dsl()).record(adult, consultation); }).field(),
              LadoConsultationField::lado);
}

} // namespace
