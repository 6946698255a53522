#include "export/ReferralPackJson.h"

#include "calendar/PartialDate.h"
#include "calendar/UkTime.h"
#include "reference/CodeList.h"
#include "reference/DfeCodes.h"
#include "reference/HarmCategories.h"

#include <QJsonArray>

namespace lantern {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const std::optional<QDate>& date)
{
    return date ? QJsonValue(isoDate(*date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const std::optional<QDateTime>& time)
{
    return time ? QJsonValue(isoUtc(time->toUTC())) : QJsonValue(QJsonValue::Null);
}

QJsonObject coded(const QString& code, const QString& label)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("label"), label}};
}

QJsonObject codedFrom(const char* list, const QString& code)
{
    return coded(code, CodeList::get(QString::fromLatin1(list)).label(code));
}

// A partial date in both shapes a receiver may know: Lantern's value and precision, and the draft Person
// Standard's PartialDate (first day it can mean plus an accuracy indicator, day-month-year, A or U).
QJsonObject when(const PartialDate& date)
{
    QString accuracy;
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        accuracy = QStringLiteral("UUA");
        break;
    case PartialDate::Precision::Month:
        accuracy = QStringLiteral("UAA");
        break;
    case PartialDate::Precision::Day:
    case PartialDate::Precision::Minute:
        accuracy = QStringLiteral("AAA");
        break;
    }
    return {{QStringLiteral("value"), date.value()},
            {QStringLiteral("precision"), date.precisionName()},
            {QStringLiteral("date"), isoDate(date.firstDay())},
            {QStringLiteral("accuracy_indicator"), accuracy}};
}

QJsonObject identifier(const char* system, const QString& value)
{
    return {{QStringLiteral("system"), QString::fromLatin1(system)}, {QStringLiteral("value"), value}};
}

QJsonObject harmCategory(const QString& id)
{
    const HarmCategory* category = HarmCategories::get().find(id);
    QJsonArray codes;
    if (category)
        for (const QString& code : category->cinFactorCodes)
            codes.append(code);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("label"), category ? category->label : id},
            {QStringLiteral("group"), category ? category->group : QString()},
            {QStringLiteral("cin_factor_codes"), codes}};
}

QJsonObject ethnicity(const QString& code)
{
    QString label = CodeList::get(QStringLiteral("ethnicity-main")).label(code);
    if (label.isEmpty())
        label = CodeList::get(QStringLiteral("ethnicity-extended")).label(code);
    QJsonObject object = coded(code, label);
    object.insert(QStringLiteral("main_code"), ethnicityMainCode(code).value_or(code));
    return object;
}

QJsonObject child(const ReferralPackContent& content)
{
    const Pupil& pupil = content.pupil;
    QJsonArray identifiers;
    if (!pupil.nhsNumber.isEmpty())
        identifiers.append(identifier(ReferralPackJson::NhsNumberSystem, pupil.nhsNumber));
    if (!pupil.upn.isEmpty())
        identifiers.append(identifier(ReferralPackJson::UpnSystem, pupil.upn));
    QJsonArray disabilities;
    for (const QString& code : pupil.disabilities)
        disabilities.append(code);
    if (disabilities.isEmpty())
        disabilities.append(QStringLiteral("NONE")); // the CSC API's convention for "no disability"
    QJsonArray needs;
    for (const QString& code : pupil.senNeedTypes)
        needs.append(code);
    const QString languageLabel =
        CodeList::get(QStringLiteral("language-top-level")).label(pupil.firstLanguage);
    return {
        {QStringLiteral("identifiers"), identifiers},
        {QStringLiteral("upn"), orNull(pupil.upn)},
        {QStringLiteral("upn_unknown_reason"),
         orNull(pupil.upn.isEmpty() ? pupil.upnUnknownReason : QString())},
        {QStringLiteral("nhs_number"), orNull(pupil.nhsNumber)},
        {QStringLiteral("first_name"), pupil.legalForename},
        {QStringLiteral("middle_names"), pupil.legalMiddleNames},
        {QStringLiteral("surname"), pupil.legalSurname},
        {QStringLiteral("preferred_first_name"), orNull(pupil.preferredForename)},
        {QStringLiteral("preferred_surname"), orNull(pupil.preferredSurname)},
        {QStringLiteral("date_of_birth"), isoDate(pupil.dateOfBirth)},
        {QStringLiteral("sex"), pupil.sex},
        {QStringLiteral("ethnicity"), ethnicity(pupil.ethnicity)},
        {QStringLiteral("disabilities"), disabilities},
        {QStringLiteral("postcode"), orNull(pupil.postcode)},
        {QStringLiteral("address"), orNull(pupil.address)},
        {QStringLiteral("first_language"), pupil.firstLanguage.isEmpty()
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(coded(pupil.firstLanguage, languageLabel))},
        {QStringLiteral("sen_status"), codedFrom("sen-provision", pupil.senStatus)},
        {QStringLiteral("sen_need_types"), needs},
        {QStringLiteral("free_school_meals"), pupil.freeSchoolMeals},
        {QStringLiteral("looked_after"), pupil.lookedAfter},
        {QStringLiteral("responsible_authority"), orNull(pupil.responsibleAuthority)},
        {QStringLiteral("child_in_need"), pupil.childInNeed},
        {QStringLiteral("child_protection_plan"), pupil.childProtectionPlan},
        {QStringLiteral("family_help"), pupil.familyHelp},
        {QStringLiteral("young_carer"), codedFrom("young-carer", pupil.youngCarer)},
        {QStringLiteral("private_fostering"), pupil.privateFostering},
        {QStringLiteral("kinship_care"), codedFrom("kinship-care", pupil.kinshipCare)},
        {QStringLiteral("year_group"), orNull(pupil.yearGroup)},
        {QStringLiteral("admission_date"), dateOrNull(pupil.admissionDate)},
    };
}

QJsonObject referrer(const ReferralPackContent& content)
{
    const SchoolDetails school = content.school.value_or(SchoolDetails{});
    QJsonArray identifiers;
    if (!school.urn.isEmpty())
        identifiers.append(identifier(ReferralPackJson::UrnSystem, school.urn));
    if (!school.laCode.isEmpty())
        identifiers.append(identifier(ReferralPackJson::LaCodeSystem, school.laCode));
    QJsonArray contacts;
    QJsonValue dsl(QJsonValue::Null);
    for (const SafeguardingContact& contact : content.safeguardingContacts) {
        const QJsonObject object{{QStringLiteral("name"), contact.name},
                                 {QStringLiteral("role"), contact.role},
                                 {QStringLiteral("phone"), orNull(contact.phone)},
                                 {QStringLiteral("email"), orNull(contact.email)}};
        if (dsl.isNull() && contact.role == QLatin1String("dsl"))
            dsl = object;
        else
            contacts.append(object);
    }
    return {
        {QStringLiteral("school_name"), school.name},
        {QStringLiteral("urn"), orNull(school.urn)},
        {QStringLiteral("la_code"), orNull(school.laCode)},
        {QStringLiteral("la_name"), orNull(school.laName)},
        {QStringLiteral("address"), orNull(school.address)},
        {QStringLiteral("phone"), orNull(school.phone)},
        {QStringLiteral("email"), orNull(school.email)},
        {QStringLiteral("identifiers"), identifiers},
        {QStringLiteral("dsl_contact"), dsl},
        {QStringLiteral("other_contacts"), contacts},
        {QStringLiteral("referred_by"), QJsonObject{{QStringLiteral("name"), content.producedByName},
                                                    {QStringLiteral("role"), content.producedByRole}}},
    };
}

// The categories of harm across the period's concerns, each once, in the order first recorded.
QJsonArray categoriesOfHarm(const ReferralPackContent& content, QJsonArray& factorCodes)
{
    QStringList seen;
    QStringList codes;
    QJsonArray categories;
    for (const PackConcern& concern : content.concerns) {
        if (concern.role != ChildRole::Subject)
            continue; // another child's harm (PackMinimiser clears them too)
        for (const QString& id : concern.concern.current.categoryIds) {
            if (seen.contains(id))
                continue;
            seen.append(id);
            const QJsonObject category = harmCategory(id);
            categories.append(category);
            for (const QJsonValue& code : category.value(QStringLiteral("cin_factor_codes")).toArray())
                if (!codes.contains(code.toString()))
                    codes.append(code.toString());
        }
    }
    for (const QString& code : codes)
        factorCodes.append(code);
    return categories;
}

QJsonObject referral(const ReferralPackContent& content)
{
    const ReferralNarrative& narrative = content.request.narrative;
    QJsonArray factorCodes;
    const QJsonArray categories = categoriesOfHarm(content, factorCodes);
    return {
        {QStringLiteral("standard_type"), QStringLiteral("referral")},
        {QStringLiteral("referral_date"), isoDate(toUkLocal(content.producedAt).date())},
        {QStringLiteral("referral_source"),
         codedFrom("cin-referral-source", QString::fromLatin1(ReferralPackJson::SchoolsReferralSource))},
        {QStringLiteral("reason"), narrative.reason},
        {QStringLiteral("categories_of_harm"), categories},
        {QStringLiteral("cin_factor_codes"), factorCodes},
        {QStringLiteral("what_we_are_worried_about"), narrative.worried},
        {QStringLiteral("what_is_working_well"), narrative.workingWell},
        {QStringLiteral("what_needs_to_happen"), narrative.needsToHappen},
    };
}

QJsonObject decision(const Decision& decision, const ReferralPackContent& content)
{
    const DecisionVersion& current = decision.current;
    return {
        {QStringLiteral("id"), decision.id},
        {QStringLiteral("redacted"), content.minimisation.isRedacted(PackItemKind::Decision, decision.id)},
        {QStringLiteral("concern_id"), decision.concernId},
        {QStringLiteral("outcome"), coded(current.outcome, decisionOutcomeLabel(current.outcome))},
        {QStringLiteral("reasons"), current.reasons},
        {QStringLiteral("consulted"), orNull(current.consulted)},
        {QStringLiteral("parents_informed"), parentsInformedName(current.parentsInformed)},
        {QStringLiteral("parents_not_informed_reason"), orNull(current.parentsNotInformedReason)},
        {QStringLiteral("decided_at"), isoUtc(current.decidedAt.toUTC())},
        {QStringLiteral("decided_by"), content.nameOf(current.decidedBy)},
        {QStringLiteral("review_date"), dateOrNull(current.reviewDate)},
        {QStringLiteral("version"), current.version},
    };
}

QJsonArray concerns(const ReferralPackContent& content)
{
    QJsonArray result;
    for (const PackConcern& packed : content.concerns) {
        const Concern& concern = packed.concern;
        const ConcernVersion& current = concern.current;
        QJsonArray categories;
        for (const QString& id : current.categoryIds)
            categories.append(harmCategory(id));
        QJsonArray bodyMap;
        for (const BodyMapMark& mark : current.bodyMap)
            bodyMap.append(QJsonObject{{QStringLiteral("side"), bodyMapSideName(mark.side)},
                                       {QStringLiteral("x"), mark.x},
                                       {QStringLiteral("y"), mark.y},
                                       {QStringLiteral("note"), mark.note}});
        result.append(QJsonObject{
            {QStringLiteral("id"), concern.id},
            {QStringLiteral("redacted"), content.minimisation.isRedacted(PackItemKind::Concern, concern.id)},
            {QStringLiteral("standard_type"), QStringLiteral("safeguarding-concern")},
            {QStringLiteral("occurred"), when(current.occurred)},
            {QStringLiteral("location"), orNull(current.location)},
            {QStringLiteral("child_role"), childRoleName(packed.role)},
            {QStringLiteral("categories"), categories},
            {QStringLiteral("account"), current.account},
            {QStringLiteral("child_words"), orNull(current.childWords)},
            {QStringLiteral("immediate_action"), orNull(current.immediateAction)},
            {QStringLiteral("body_map"), bodyMap},
            {QStringLiteral("status"), concernStatusName(concern.status)},
            {QStringLiteral("recorded_at"), isoUtc(concern.recordedAt.toUTC())},
            {QStringLiteral("recorded_by"), content.nameOf(concern.recordedBy)},
            {QStringLiteral("version"), current.version},
            {QStringLiteral("amend_reason"), orNull(current.amendReason)},
        });
    }
    return result;
}

QJsonArray chronology(const ReferralPackContent& content)
{
    QJsonArray result;
    for (const ChronologyEntry& entry : content.chronology) {
        const QString standard = ReferralPackJson::standardType(entry, content.plans);
        result.append(QJsonObject{
            {QStringLiteral("id"), entry.id},
            {QStringLiteral("when"), when(entry.when)},
            {QStringLiteral("type"), coded(entry.type, ChronologyTypes::label(entry.type))},
            {QStringLiteral("standard_type"), orNull(standard)},
            {QStringLiteral("standard_kind"), orNull(ReferralPackJson::standardKind(standard))},
            {QStringLiteral("summary"), entry.summary},
            {QStringLiteral("child_words"), orNull(entry.childWords)},
            {QStringLiteral("redacted"), content.minimisation.isRedacted(PackItemKind::Chronology, entry.id)},
            {QStringLiteral("source"), orNull(entry.source)},
            {QStringLiteral("why_it_matters"), orNull(entry.whyItMatters)},
            {QStringLiteral("effect_on_child"), orNull(entry.effectOnChild)},
            {QStringLiteral("significant"), entry.significant},
            {QStringLiteral("recorded_at"), isoUtc(entry.recordedAt.toUTC())},
            {QStringLiteral("recorded_by"), content.nameOf(entry.recordedBy)},
        });
    }
    return result;
}

QJsonArray voice(const ReferralPackContent& content)
{
    QJsonArray result;
    for (const VoiceEntry& entry : content.voice) {
        const VoiceVersion& current = entry.current();
        const VoiceContent& words = current.content;
        result.append(QJsonObject{
            {QStringLiteral("id"), entry.id},
            {QStringLiteral("captured"), when(words.captured)},
            {QStringLiteral("method"), coded(words.method, VoiceMethods::label(words.method))},
            {QStringLiteral("words"), words.words},
            {QStringLiteral("redacted"), content.minimisation.isRedacted(PackItemKind::Voice, entry.id)},
            {QStringLiteral("adaptations"), orNull(words.adaptations)},
            {QStringLiteral("wishes_and_feelings"), orNull(words.wishesAndFeelings)},
            {QStringLiteral("told_what_happens_next"), words.toldWhatHappensNext},
            {QStringLiteral("recorded_by"), content.nameOf(entry.recordedBy)},
            {QStringLiteral("version"), current.version},
        });
    }
    return result;
}

QJsonObject actionsTaken(const ReferralPackContent& content)
{
    QJsonArray decisions;
    for (const PackConcern& concern : content.concerns)
        for (const Decision& d : concern.decisions)
            decisions.append(decision(d, content));
    QJsonArray referrals;
    for (const Referral& r : content.previousReferrals)
        referrals.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("to_whom"), r.toWhom},
            {QStringLiteral("referred_at"), isoUtc(r.referredAt.toUTC())},
            {QStringLiteral("method"), referralMethodName(r.method)},
            {QStringLiteral("receiving_reference"), orNull(r.receivingReference)},
            {QStringLiteral("acknowledged_at"), timeOrNull(r.acknowledgedAt)},
            {QStringLiteral("outcome"), orNull(r.outcome)},
        });
    return {{QStringLiteral("summary"), content.request.narrative.actionsSummary},
            {QStringLiteral("decisions"), decisions},
            {QStringLiteral("previous_referrals"), referrals}};
}

QJsonObject family(const ReferralPackContent& content)
{
    QJsonArray contacts;
    for (const Contact& contact : content.contacts)
        contacts.append(QJsonObject{
            {QStringLiteral("name"), contact.name},
            {QStringLiteral("relationship"), contact.relationship},
            {QStringLiteral("relationship_code"),
             orNull(ReferralPackJson::relationshipCode(contact.relationship))},
            {QStringLiteral("parental_responsibility"), contact.parentalResponsibility},
            {QStringLiteral("lives_with_child"), contact.livesWithChild},
            {QStringLiteral("phone"), orNull(contact.phone)},
            {QStringLiteral("email"), orNull(contact.email)},
            {QStringLiteral("address"), orNull(contact.address)},
            {QStringLiteral("notes"), orNull(contact.notes)},
            {QStringLiteral("priority"), contact.priority},
        });
    QJsonArray siblings;
    for (const LinkedPupil& linked : content.siblings) {
        static const QHash<QString, QString> codes{{QStringLiteral("sibling"), QStringLiteral("SIB")},
                                                   {QStringLiteral("half-sibling"), QStringLiteral("HSIB")},
                                                   {QStringLiteral("step-sibling"), QStringLiteral("STPSIB")},
                                                   {QStringLiteral("cousin"), QStringLiteral("COUSN")}};
        siblings.append(QJsonObject{
            {QStringLiteral("name"), linked.pupil.legalName()},
            {QStringLiteral("relationship"), linked.link.relationship},
            {QStringLiteral("relationship_code"), orNull(codes.value(linked.link.relationship))},
            {QStringLiteral("date_of_birth"), isoDate(linked.pupil.dateOfBirth)},
            {QStringLiteral("upn"), orNull(linked.pupil.upn)},
            {QStringLiteral("attends_referring_school"), true},
            {QStringLiteral("year_group"), orNull(linked.pupil.yearGroup)},
        });
    }
    return {{QStringLiteral("contacts"), contacts}, {QStringLiteral("siblings"), siblings}};
}

QJsonArray household(const ReferralPackContent& content)
{
    QJsonArray result;
    for (const HouseholdMember& member : content.household) {
        const HouseholdMemberVersion& m = member.current;
        const QString languageLabel = CodeList::get(QStringLiteral("language-top-level")).label(m.language);
        result.append(QJsonObject{
            {QStringLiteral("name"), m.name},
            {QStringLiteral("relationship"), m.relationship},
            {QStringLiteral("relationship_code"), orNull(ReferralPackJson::relationshipCode(m.relationship))},
            {QStringLiteral("date_of_birth"), dateOrNull(m.dateOfBirth)},
            {QStringLiteral("expected_delivery_date"), dateOrNull(m.expectedDeliveryDate)},
            {QStringLiteral("lives_with_child"), m.livesWithChild},
            {QStringLiteral("parental_responsibility"), m.parentalResponsibility},
            {QStringLiteral("needs_interpreter"), m.needsInterpreter},
            {QStringLiteral("language"), m.language.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(coded(m.language, languageLabel))},
            {QStringLiteral("notes"), orNull(m.notes)},
        });
    }
    return result;
}

QJsonValue familyHelpRequest(const std::optional<FamilyHelpRequest>& ask)
{
    if (!ask)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("service"),
         coded(serviceRequestedName(ask->service), serviceRequestedLabel(ask->service))},
        {QStringLiteral("urgency"), coded(requestUrgencyName(ask->urgency), requestUrgencyLabel(ask->urgency))},
        {QStringLiteral("safe_to_go_home_today"),
         ask->safeToGoHome ? QJsonValue(*ask->safeToGoHome) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("safe_to_go_home_detail"), orNull(ask->safeToGoHomeDetail)},
    };
}

QJsonObject minimisation(const PackMinimisation& m)
{
    return {
        {QStringLiteral("items_listed"), m.listed},
        {QStringLiteral("items_included"), m.included},
        {QStringLiteral("items_left_out"), m.leftOut()},
        {QStringLiteral("left_out"), QJsonObject{{QStringLiteral("concerns"), m.leftOutConcerns},
                                                 {QStringLiteral("decisions"), m.leftOutDecisions},
                                                 {QStringLiteral("voice"), m.leftOutVoice},
                                                 {QStringLiteral("chronology"), m.leftOutChronology}}},
        {QStringLiteral("names_of_other_children_redacted"), !m.redactedKeys.isEmpty()},
        {QStringLiteral("items_redacted"), int(m.redactedKeys.size())},
        {QStringLiteral("statement"), m.statement()},
    };
}

QJsonArray agencies(const ReferralPackContent& content)
{
    QJsonArray result;
    for (const PackInvolvement& packed : content.involvements) {
        const Involvement& i = packed.involvement;
        result.append(QJsonObject{
            {QStringLiteral("name"), i.agencyName},
            {QStringLiteral("kind"), coded(agencyKindName(packed.kind), agencyKindLabel(packed.kind))},
            {QStringLiteral("contact_name"), orNull(i.contactName)},
            {QStringLiteral("contact_role"), orNull(i.contactRole)},
            {QStringLiteral("contact_phone"), orNull(i.contactPhone)},
            {QStringLiteral("contact_email"), orNull(i.contactEmail)},
            {QStringLiteral("started_on"), dateOrNull(i.startedOn)},
            {QStringLiteral("ended_on"), dateOrNull(i.endedOn)},
            {QStringLiteral("notes"), orNull(i.notes)},
        });
    }
    return result;
}

QJsonArray plans(const ReferralPackContent& content)
{
    QJsonArray result;
    for (const Plan& plan : content.plans)
        result.append(QJsonObject{
            {QStringLiteral("type"), coded(planTypeName(plan.type), planTypeLabel(plan.type))},
            {QStringLiteral("standard_type"), ReferralPackJson::planEpisodeType(plan.type)},
            {QStringLiteral("cp_category"),
             plan.cpCategory.isEmpty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(codedFrom("cp-category-of-abuse", plan.cpCategory))},
            {QStringLiteral("started_on"), isoDate(plan.startedOn)},
            {QStringLiteral("ended_on"), dateOrNull(plan.endedOn)},
            {QStringLiteral("lead_practitioner"), orNull(plan.leadPractitioner)},
            {QStringLiteral("lead_agency"), plan.leadAgencyId
                                                ? orNull(content.agencyNames.value(*plan.leadAgencyId))
                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("notes"), orNull(plan.notes)},
        });
    return result;
}

QJsonArray meetings(const ReferralPackContent& content)
{
    QJsonArray result;
    for (const Meeting& meeting : content.meetings)
        result.append(QJsonObject{
            {QStringLiteral("type"), coded(meetingTypeName(meeting.type), meetingTypeLabel(meeting.type))},
            {QStringLiteral("held_on"), isoDate(meeting.heldOn)},
            {QStringLiteral("outcome"), orNull(meeting.outcome)},
            {QStringLiteral("school_contribution"), orNull(meeting.schoolContribution)},
            {QStringLiteral("attended_by"), orNull(meeting.attendedBy)},
        });
    return result;
}

QJsonObject basisForSharing(const SharingBasis& basis)
{
    QJsonValue consent(QJsonValue::Null);
    if (basis.consent)
        consent = QJsonObject{{QStringLiteral("outcome"), consentOutcomeName(basis.consent->outcome)},
                              {QStringLiteral("when"), dateOrNull(basis.consent->when)},
                              {QStringLiteral("by_whom"), orNull(basis.consent->byWhom)},
                              {QStringLiteral("reason"), orNull(basis.consent->reason)}};
    QJsonValue parents(QJsonValue::Null);
    if (basis.parentsAware)
        parents = QJsonObject{{QStringLiteral("aware"), basis.parentsAware->aware},
                              {QStringLiteral("reason_not"), basis.parentsAware->aware
                                                                 ? QJsonValue(QJsonValue::Null)
                                                                 : orNull(basis.parentsAware->reasonNot)}};
    return {{QStringLiteral("lawful_basis"), orNull(basis.lawfulBasis)},
            {QStringLiteral("special_category_condition"), orNull(basis.specialCategoryCondition)},
            {QStringLiteral("consent"), consent},
            {QStringLiteral("parents_aware"), parents}};
}

QJsonObject attendance(const AttendanceFigures& figures, const ReferralPackRequest& request)
{
    const auto percent = [](const std::optional<double>& value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("from"), isoDate(request.from)},
            {QStringLiteral("to"), isoDate(request.to)},
            {QStringLiteral("attendance_pct"), figures.attendancePercent},
            {QStringLiteral("authorised_absence_pct"), percent(figures.authorisedAbsencePercent)},
            {QStringLiteral("unauthorised_absence_pct"), percent(figures.unauthorisedAbsencePercent)},
            {QStringLiteral("source"), orNull(figures.source)}};
}

QJsonArray attachments(const ReferralPackContent& content)
{
    QJsonArray result;
    for (const PackAttachment& attachment : content.attachments)
        result.append(QJsonObject{
            {QStringLiteral("path"), attachment.packPath},
            {QStringLiteral("file_name"), attachment.metadata.fileName},
            {QStringLiteral("media_type"), attachment.metadata.mediaType},
            {QStringLiteral("sha256"), attachment.metadata.sha256},
            {QStringLiteral("size"), attachment.bytes.size()},
            {QStringLiteral("description"), orNull(attachment.metadata.description)},
            {QStringLiteral("added_at"), attachment.metadata.addedAt},
        });
    return result;
}

QJsonObject preflight(const ReferralPackContent& content, const QList<PreflightIssue>& overridden)
{
    QJsonArray overrides;
    for (const PreflightIssue& issue : overridden) {
        QString reason;
        for (const PreflightOverride& override : content.request.overrides)
            if (override.code == issue.code)
                reason = override.reason;
        overrides.append(QJsonObject{{QStringLiteral("code"), issue.code},
                                     {QStringLiteral("message"), issue.message},
                                     {QStringLiteral("reason"), reason}});
    }
    return {{QStringLiteral("checked_at"), isoUtc(content.producedAt)},
            {QStringLiteral("overrides"), overrides}};
}

} // namespace

QJsonObject ReferralPackJson::build(const ReferralPackContent& content,
                                    const QList<PreflightIssue>& overridden, const QString& packId)
{
    const ReferralPackRequest& request = content.request;
    QJsonArray sections;
    for (const ReferralSection section : allReferralSections())
        if (request.includes(section) && (section != ReferralSection::Attendance || request.attendance))
            sections.append(referralSectionName(section));
    QJsonObject pack{
        {QStringLiteral("schema_version"), QString::fromLatin1(SchemaVersion)},
        {QStringLiteral("pack_id"), packId},
        {QStringLiteral("produced_at"), isoUtc(content.producedAt)},
        {QStringLiteral("producer"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Lantern")},
                     {QStringLiteral("version"), QStringLiteral(LANTERN_VERSION)}}},
        {QStringLiteral("protective_marking"), QStringLiteral("OFFICIAL-SENSITIVE")},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), isoDate(request.from)},
                                               {QStringLiteral("to"), isoDate(request.to)}}},
        {QStringLiteral("sections_included"), sections},
        {QStringLiteral("referrer"), referrer(content)},
        {QStringLiteral("child"), child(content)},
        {QStringLiteral("request"), familyHelpRequest(request.ask)},
        {QStringLiteral("to_whom"),
         QJsonObject{{QStringLiteral("team"), request.recipient.team},
                     {QStringLiteral("local_authority"), orNull(request.recipient.localAuthority)}}},
        {QStringLiteral("referral"), referral(content)},
        {QStringLiteral("parents_views"), orNull(request.parentsViews)},
        {QStringLiteral("basis_for_sharing"), basisForSharing(request.basis)},
        {QStringLiteral("minimisation"), minimisation(content.minimisation)},
        {QStringLiteral("preflight"), preflight(content, overridden)},
    };
    if (request.includes(ReferralSection::Family)) {
        pack.insert(QStringLiteral("family"), family(content));
        pack.insert(QStringLiteral("household"), household(content));
    }
    if (request.includes(ReferralSection::Concerns))
        pack.insert(QStringLiteral("concerns"), concerns(content));
    if (request.includes(ReferralSection::Chronology))
        pack.insert(QStringLiteral("chronology"), chronology(content));
    if (request.includes(ReferralSection::Voice))
        pack.insert(QStringLiteral("voice"), voice(content));
    if (request.includes(ReferralSection::ActionsTaken))
        pack.insert(QStringLiteral("actions_taken"), actionsTaken(content));
    if (request.includes(ReferralSection::AgenciesAndPlans)) {
        pack.insert(QStringLiteral("agencies"), agencies(content));
        pack.insert(QStringLiteral("plans"), plans(content));
        pack.insert(QStringLiteral("meetings"), meetings(content));
    }
    if (request.includes(ReferralSection::Attendance) && request.attendance)
        pack.insert(QStringLiteral("attendance"), attendance(*request.attendance, request));
    if (request.includes(ReferralSection::Attachments))
        pack.insert(QStringLiteral("attachments"), attachments(content));
    return pack;
}

QString ReferralPackJson::standardType(const ChronologyEntry& entry, const QList<Plan>& plans)
{
    const QString& type = entry.type;
    if (type == QLatin1String("concern"))
        return QStringLiteral("safeguarding-concern");
    if (type == QLatin1String("referral"))
        return QStringLiteral("referral");
    if (type == QLatin1String("exclusion"))
        return QStringLiteral("school-exclusion");
    if (type == QLatin1String("missing-episode"))
        return QStringLiteral("missing-person");
    if (type == QLatin1String("plan") && entry.sourceId)
        for (const Plan& plan : plans)
            if (plan.id == *entry.sourceId)
                return planEpisodeType(plan.type);
    return {};
}

QString ReferralPackJson::standardKind(const QString& standardType)
{
    if (standardType.isEmpty())
        return {};
    static const QStringList episodes{QStringLiteral("early-help"), QStringLiteral("cin-plan"),
                                      QStringLiteral("cp-plan"), QStringLiteral("child-looked-after"),
                                      QStringLiteral("care-leaver")};
    return episodes.contains(standardType) ? QStringLiteral("ServiceEpisode") : QStringLiteral("LifeEvent");
}

QString ReferralPackJson::planEpisodeType(PlanType type)
{
    switch (type) {
    case PlanType::FamilyHelp:
        return QStringLiteral("early-help");
    case PlanType::ChildInNeed:
        return QStringLiteral("cin-plan");
    case PlanType::ChildProtection:
        return QStringLiteral("cp-plan");
    case PlanType::Care:
        return QStringLiteral("child-looked-after");
    case PlanType::Pathway:
        return QStringLiteral("care-leaver");
    }
    return {};
}

QString ReferralPackJson::relationshipCode(const QString& relationship)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("mother"), QStringLiteral("MTH")},
        {QStringLiteral("mum"), QStringLiteral("MTH")},
        {QStringLiteral("father"), QStringLiteral("FTH")},
        {QStringLiteral("dad"), QStringLiteral("FTH")},
        {QStringLiteral("parent"), QStringLiteral("PRN")},
        {QStringLiteral("stepmother"), QStringLiteral("STPMTH")},
        {QStringLiteral("stepfather"), QStringLiteral("STPFTH")},
        {QStringLiteral("adoptivemother"), QStringLiteral("ADOPTM")},
        {QStringLiteral("adoptivefather"), QStringLiteral("ADOPTF")},
        {QStringLiteral("adoptiveparent"), QStringLiteral("ADOPTP")},
        {QStringLiteral("fostercarer"), QStringLiteral("PRNFOST")},
        {QStringLiteral("fosterparent"), QStringLiteral("PRNFOST")},
        {QStringLiteral("fostermother"), QStringLiteral("MTHFOST")},
        {QStringLiteral("fosterfather"), QStringLiteral("FTHFOST")},
        {QStringLiteral("grandmother"), QStringLiteral("GRMTH")},
        {QStringLiteral("grandfather"), QStringLiteral("GRFTH")},
        {QStringLiteral("grandparent"), QStringLiteral("GRPRN")},
        {QStringLiteral("aunt"), QStringLiteral("AUNT")},
        {QStringLiteral("uncle"), QStringLiteral("UNCLE")},
        {QStringLiteral("cousin"), QStringLiteral("COUSN")},
        {QStringLiteral("brother"), QStringLiteral("BRO")},
        {QStringLiteral("sister"), QStringLiteral("SIS")},
        {QStringLiteral("sibling"), QStringLiteral("SIB")},
        {QStringLiteral("neighbour"), QStringLiteral("NBOR")},
        {QStringLiteral("friend"), QStringLiteral("FRND")},
    };
    QString key = relationship.toLower();
    key.removeIf([](QChar c) { return !c.isLetter(); });
    return codes.value(key);
}

} // namespace lantern
