#include "export/ReferralPack.h"

#include "core/Error.h"
#include "core/ModelText.h"

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

namespace lantern {

namespace {

// One table per enumeration: the stored/typed name and the words people read.
template <typename Enum> struct Named {
    Enum value;
    const char* name;
    const char* label;
};

template <typename Enum, std::size_t N> QString nameIn(const Named<Enum> (&table)[N], Enum value)
{
    for (const Named<Enum>& entry : table)
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    return {};
}

template <typename Enum, std::size_t N> QString labelIn(const Named<Enum> (&table)[N], Enum value)
{
    for (const Named<Enum>& entry : table)
        if (entry.value == value)
            return ModelText::tr(entry.label);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromNameIn(const Named<Enum> (&table)[N], const QString& name)
{
    for (const Named<Enum>& entry : table)
        if (name.trimmed().compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.value;
    return std::nullopt;
}

template <typename Enum, std::size_t N> QList<Enum> allIn(const Named<Enum> (&table)[N])
{
    QList<Enum> all;
    for (const Named<Enum>& entry : table)
        all.append(entry.value);
    return all;
}

template <typename Enum, std::size_t N>
QString labelOfName(const Named<Enum> (&table)[N], const QString& name)
{
    const std::optional<Enum> value = fromNameIn(table, name);
    return value ? labelIn(table, *value) : name;
}

const Named<ConsentOutcome> consentOutcomes[] = {
    {ConsentOutcome::Given, "given", QT_TRANSLATE_NOOP("Model", "Given")},
    {ConsentOutcome::Refused, "refused", QT_TRANSLATE_NOOP("Model", "Refused")},
    {ConsentOutcome::NotSought, "not-sought", QT_TRANSLATE_NOOP("Model", "Not sought")},
};

const Named<ServiceRequested> servicesRequested[] = {
    {ServiceRequested::FamilyHelp, "family-help", QT_TRANSLATE_NOOP("Model", "Family help")},
    {ServiceRequested::Section17Assessment, "section-17",
     QT_TRANSLATE_NOOP("Model", "Child in need assessment (section 17)")},
    {ServiceRequested::Section47Enquiry, "section-47",
     QT_TRANSLATE_NOOP("Model", "Child protection enquiry (section 47)")},
    {ServiceRequested::EarlyHelpAdvice, "early-help-advice", QT_TRANSLATE_NOOP("Model", "Early help advice")},
};

const Named<RequestUrgency> requestUrgencies[] = {
    {RequestUrgency::Today, "today", QT_TRANSLATE_NOOP("Model", "Today")},
    {RequestUrgency::Within24Hours, "within-24-hours", QT_TRANSLATE_NOOP("Model", "Within 24 hours")},
    {RequestUrgency::Routine, "routine", QT_TRANSLATE_NOOP("Model", "Routine")},
};

const Named<PackItemKind> packItemKinds[] = {
    {PackItemKind::Concern, "concern", QT_TRANSLATE_NOOP("Model", "Concern")},
    {PackItemKind::Decision, "decision", QT_TRANSLATE_NOOP("Model", "Decision")},
    {PackItemKind::Voice, "voice", QT_TRANSLATE_NOOP("Model", "Child's voice")},
    {PackItemKind::Chronology, "chronology", QT_TRANSLATE_NOOP("Model", "Chronology entry")},
};

} // namespace

QString consentOutcomeName(ConsentOutcome outcome)
{
    return nameIn(consentOutcomes, outcome);
}
QString consentOutcomeLabel(ConsentOutcome outcome)
{
    return labelIn(consentOutcomes, outcome);
}
std::optional<ConsentOutcome> consentOutcomeFromName(const QString& name)
{
    return fromNameIn(consentOutcomes, name);
}

QString serviceRequestedName(ServiceRequested service)
{
    return nameIn(servicesRequested, service);
}
QString serviceRequestedLabel(ServiceRequested service)
{
    return labelIn(servicesRequested, service);
}
std::optional<ServiceRequested> serviceRequestedFromName(const QString& name)
{
    return fromNameIn(servicesRequested, name);
}
QList<ServiceRequested> allServicesRequested()
{
    return allIn(servicesRequested);
}

QString requestUrgencyName(RequestUrgency urgency)
{
    return nameIn(requestUrgencies, urgency);
}
QString requestUrgencyLabel(RequestUrgency urgency)
{
    return labelIn(requestUrgencies, urgency);
}
std::optional<RequestUrgency> requestUrgencyFromName(const QString& name)
{
    return fromNameIn(requestUrgencies, name);
}
QList<RequestUrgency> allRequestUrgencies()
{
    return allIn(requestUrgencies);
}

QString serviceRequestedLabel(const QString& name)
{
    return labelOfName(servicesRequested, name);
}
QString requestUrgencyLabel(const QString& name)
{
    return labelOfName(requestUrgencies, name);
}
QString consentOutcomeLabel(const QString& name)
{
    return labelOfName(consentOutcomes, name);
}

QString packItemKindName(PackItemKind kind)
{
    return nameIn(packItemKinds, kind);
}
std::optional<PackItemKind> packItemKindFromName(const QString& name)
{
    return fromNameIn(packItemKinds, name);
}

QString Recipient::inWords() const
{
    const QString authority = localAuthority.trimmed();
    return authority.isEmpty() ? team.trimmed() : team.trimmed() + QStringLiteral(", ") + authority;
}

QString PackItemRef::key() const
{
    return packItemKindName(kind) + QLatin1Char(':') + QString::number(id);
}

PackItemRef PackItemRef::parse(const QString& key)
{
    const QStringList parts = key.trimmed().split(QLatin1Char(':'));
    bool number = false;
    const qint64 id = parts.size() == 2 ? parts.at(1).trimmed().toLongLong(&number) : 0;
    const std::optional<PackItemKind> kind =
        parts.size() == 2 ? packItemKindFromName(parts.at(0)) : std::nullopt;
    if (!kind || !number || id <= 0)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("\"%1\" is not an item of a pack: write KIND:ID, where KIND is concern, "
                                  "decision, voice or chronology (e.g. concern:12).")
                        .arg(key.trimmed()));
    return {*kind, id};
}

QString PackMinimisation::statement() const
{
    // Written out for one and many: the pack is read in English whatever the DSL's interface language.
    QString said;
    if (leftOut() == 0)
        said = listed == 1 ? ModelText::tr("The one item in the period is included.")
                           : ModelText::tr("All %1 items in the period are included.").arg(listed);
    else
        said =
            ModelText::tr("%1 of %2 items in the period were left out by the school as not needed for this "
                          "referral.")
                .arg(leftOut())
                .arg(listed);
    if (!redactedKeys.isEmpty())
        said += QLatin1Char(' ') + (redactedKeys.size() == 1
                                        ? ModelText::tr("Other children's names were replaced by their role "
                                                        "in one item.")
                                        : ModelText::tr("Other children's names were replaced by their role "
                                                        "in %1 items.")
                                              .arg(redactedKeys.size()));
    return said;
}

} // namespace lantern
