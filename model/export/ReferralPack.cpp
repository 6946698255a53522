#include "export/ReferralPack.h"

namespace lantern {

namespace {

struct SectionInfo {
    ReferralSection section;
    const char* name;
};

const SectionInfo sections[] = {
    {ReferralSection::Family, "family"},
    {ReferralSection::Concerns, "concerns"},
    {ReferralSection::Chronology, "chronology"},
    {ReferralSection::Voice, "voice"},
    {ReferralSection::ActionsTaken, "actions-taken"},
    {ReferralSection::AgenciesAndPlans, "agencies-and-plans"},
    {ReferralSection::Attendance, "attendance"},
    {ReferralSection::Attachments, "attachments"},
};

} // namespace

QString referralSectionName(ReferralSection section)
{
    for (const SectionInfo& info : sections)
        if (info.section == section)
            return QString::fromLatin1(info.name);
    return {};
}

std::optional<ReferralSection> referralSectionFromName(const QString& name)
{
    for (const SectionInfo& info : sections)
        if (name == QLatin1String(info.name))
            return info.section;
    return std::nullopt;
}

QList<ReferralSection> allReferralSections()
{
    QList<ReferralSection> all;
    for (const SectionInfo& info : sections)
        all.append(info.section);
    return all;
}

} // namespace lantern
