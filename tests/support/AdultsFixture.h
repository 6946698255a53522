#pragma once

#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "support/RecordsFixture.h"

namespace lantern::test {

// RecordsFixture plus a chair of governors and a governor, and helpers for the adults register. The
// headteacher (Grace Mensah, user "head") has an entry of her own, made by the chair and linked to her user.
class AdultsFixture : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        dsl().addUser({QStringLiteral("chair"), QStringLiteral("Olusegun Bakare"), Role::Chair},
                      secret("chair password 123"));
        dsl().addUser({QStringLiteral("governor"), QStringLiteral("Ines Duarte"), Role::Governor},
                      secret("governor password 123"));
    }

    static AdultConcernContent content(const char* occurred, const char* account)
    {
        AdultConcernContent content;
        content.occurred = PartialDate::parse(QString::fromLatin1(occurred), QStringLiteral("test"));
        content.account = QString::fromUtf8(account);
        return content;
    }

    static AdultConcernChanges changesTo(const char* account)
    {
        AdultConcernChanges changes;
        changes.account = QString::fromUtf8(account);
        return changes;
    }

    qint64 addAdult(const char* name, AdultRole role = AdultRole::Staff)
    {
        NewAdult adult;
        adult.details.name = QString::fromUtf8(name);
        adult.details.role = role;
        return AdultRegister(dsl()).add(adult);
    }

    qint64 addHeadteacher()
    {
        NewAdult adult;
        adult.details.name = QStringLiteral("Grace Mensah");
        adult.linkedUsername = QStringLiteral("head");
        return AdultRegister(as(QStringLiteral("chair"))).add(adult);
    }

    // A concern recorded by the DSL about an entry by id.
    qint64 concernAbout(qint64 adultId, const char* occurred, const char* account = "Shouted at a pupil.")
    {
        ReportedAdultConcern concern;
        concern.adult.adultId = adultId;
        concern.content = content(occurred, account);
        return AdultConcernRepository(dsl()).record(concern);
    }

    AdultSummary summaryOf(Vault& vault, qint64 adultId)
    {
        for (const AdultSummary& summary : AdultRegister(vault).list()) {
            if (summary.id == adultId)
                return summary;
        }
        ADD_FAILURE() << "adult " << adultId << " is not in the register";
        return {};
    }
};

} // namespace lantern::test
