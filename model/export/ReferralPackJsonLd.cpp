#include "export/ReferralPackJsonLd.h"

#include "calendar/UkTime.h"
#include "export/ReferralPackJson.h"
#include "reference/CodeList.h"
#include "reference/DfeCodes.h"
#include "reference/HarmCategories.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace lantern {

namespace {

QString lantern(const char* term)
{
    return QStringLiteral("lantern:") + QString::fromLatin1(term);
}

// Text the DSL may have left empty: absent rather than "", as JSON-LD has no use for an empty value.
void insertText(QJsonObject& object, const QString& key, const QString& text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

QJsonObject identifier(const QString& system, const QString& value)
{
    return {{QStringLiteral("@type"), QStringLiteral("Identifier")},
            {QStringLiteral("system"), system},
            {QStringLiteral("value"), value}};
}

QJsonArray strings(const QStringList& list)
{
    QJsonArray array;
    for (const QString& text : list)
        if (!text.isEmpty())
            array.append(text);
    return array;
}

// An ISO 8601 value to the precision recorded: "2026", "2026-09", "2026-11-02" (ISO 8601 allows reduced
// precision, so an approximate date is not made to look exact), or for a time the UTC moment of the UK
// wall-clock time recorded ("2026-11-02T14:03:00.000Z").
QString isoPartial(const PartialDate& date)
{
    if (date.precision() != PartialDate::Precision::Minute)
        return date.value();
    const QTime wallClock = QTime::fromString(date.value().mid(11), QStringLiteral("HH:mm"));
    return isoUtc(fromUkLocal(date.firstDay(), wallClock));
}

// A date Lantern holds to the day (a date of birth) as PUB01's PartialDate.
QJsonObject partialDate(const QDate& date)
{
    return {{QStringLiteral("@type"), QStringLiteral("PartialDate")},
            {QStringLiteral("date"), isoDate(date)},
            {QStringLiteral("accuracyIndicator"), QStringLiteral("AAA")}};
}

QJsonObject coded(const QString& code, const QString& label)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("label"), label}};
}

QJsonObject contact(const QString& name, const QString& phone, const QString& email)
{
    return {{QStringLiteral("@type"), QStringLiteral("Contact")},
            {QStringLiteral("name"), name},
            {QStringLiteral("telephone"), strings({phone})},
            {QStringLiteral("email"), strings({email})}};
}

// A name Lantern holds as one string (a contact's, a staff member's): PUB01 Name has no single-string form
// and Lantern does not split names it was not given in parts, so the name as recorded is the preferredName.
QJsonObject nameAsRecorded(const QString& name)
{
    return {{QStringLiteral("@type"), QStringLiteral("Name")},
            {QStringLiteral("preferredName"), name},
            {QStringLiteral("use"), QStringLiteral("usual")}};
}

QJsonObject officialName(const Pupil& pupil)
{
    QJsonObject name{{QStringLiteral("@type"), QStringLiteral("Name")},
                     {QStringLiteral("familyName"), strings({pupil.legalSurname})},
                     {QStringLiteral("givenName"), strings({pupil.legalForename, pupil.legalMiddleNames})},
                     {QStringLiteral("use"), QStringLiteral("official")}};
    if (!pupil.preferredForename.isEmpty() || !pupil.preferredSurname.isEmpty())
        name.insert(QStringLiteral("preferredName"), pupil.displayName());
    return name;
}

QJsonObject subject(const QJsonObject& person, const QString& involvement)
{
    return {{QStringLiteral("@type"), QStringLiteral("SubjectPerson")},
            {QStringLiteral("person"), person},
            {QStringLiteral("involvement"), involvement}};
}

QJsonObject timing(const QString& start, const QString& end = {})
{
    QJsonObject object{{QStringLiteral("@type"), QStringLiteral("TimeInformation")},
                       {QStringLiteral("startDateTime"), start}};
    if (!end.isEmpty())
        object.insert(QStringLiteral("endDateTime"), end);
    return object;
}

QJsonObject harmCategory(const QString& id)
{
    const HarmCategory* category = HarmCategories::get().find(id);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("label"), category ? category->label : id},
            {QStringLiteral("cinFactorCodes"), category ? strings(category->cinFactorCodes) : QJsonArray()}};
}

// The HL7 ParticipationType code for the child's part in a concern. An alleged harmer is a participant
// (PART): the draft has no code for it, and Lantern does not guess a stronger one.
QString involvement(ChildRole role)
{
    switch (role) {
    case ChildRole::Subject:
        return QStringLiteral("SBJ");
    case ChildRole::Witness:
        return QStringLiteral("WIT");
    case ChildRole::AllegedHarmer:
        return QStringLiteral("PART");
    }
    return QStringLiteral("PART");
}

// Builds the @graph. Lantern's own record ids are unique within the school's vault, so their identifier
// systems are scoped to the school's URN (or to the pack, for a school whose URN is not recorded yet).
class GraphBuilder {
public:
    GraphBuilder(const ReferralPackContent& content, const QString& packId)
        : m_content(content)
        , m_packId(packId)
    {
        const QString urn = content.school ? content.school->urn : QString();
        m_scope = urn.isEmpty() ? QStringLiteral("urn:lantern:pack:%1:").arg(packId)
                                : QStringLiteral("urn:lantern:school:%1:").arg(urn);
    }

    QJsonArray build()
    {
        const ReferralPackRequest& request = m_content.request;
        add(child());
        add(school());
        for (const QJsonObject& professional : professionals())
            add(professional);
        add(referral());
        if (request.includes(ReferralSection::Family))
            for (const QJsonObject& person : family())
                add(person);
        if (request.includes(ReferralSection::Concerns))
            for (const PackConcern& concern : m_content.concerns)
                add(this->concern(concern));
        if (request.includes(ReferralSection::AgenciesAndPlans))
            for (const Plan& plan : m_content.plans)
                add(this->plan(plan));
        return m_graph;
    }

private:
    QString system(const char* kind) const { return m_scope + QString::fromLatin1(kind); }
    QJsonObject localId(const char* kind, qint64 id) const
    {
        return identifier(system(kind), QString::number(id));
    }
    void add(const QJsonObject& entity) { m_graph.append(entity); }

    // How every other entity refers to the child: the NHS number where known (what health and social care
    // match on), else the UPN, else the pupil's record id.
    QJsonObject childRef() const
    {
        const Pupil& pupil = m_content.pupil;
        if (!pupil.nhsNumber.isEmpty())
            return identifier(QString::fromLatin1(ReferralPackJson::NhsNumberSystem), pupil.nhsNumber);
        if (!pupil.upn.isEmpty())
            return identifier(QString::fromLatin1(ReferralPackJson::UpnSystem), pupil.upn);
        return localId("pupil", pupil.id);
    }

    QJsonObject schoolRef() const
    {
        const QString urn = m_content.school ? m_content.school->urn : QString();
        if (!urn.isEmpty())
            return identifier(QString::fromLatin1(ReferralPackJson::UrnSystem), urn);
        return identifier(system("service"), QStringLiteral("school"));
    }

    QJsonObject referrerRef() const { return identifier(system("staff"), m_content.producedByUsername); }

    QJsonObject child() const
    {
        const Pupil& pupil = m_content.pupil;
        QJsonArray identifiers;
        if (!pupil.nhsNumber.isEmpty())
            identifiers.append(
                identifier(QString::fromLatin1(ReferralPackJson::NhsNumberSystem), pupil.nhsNumber));
        if (!pupil.upn.isEmpty())
            identifiers.append(identifier(QString::fromLatin1(ReferralPackJson::UpnSystem), pupil.upn));
        if (identifiers.isEmpty())
            identifiers.append(localId("pupil", pupil.id));
        QJsonObject person{
            {QStringLiteral("@id"), QStringLiteral("_:child")},
            {QStringLiteral("@type"), QStringLiteral("Person")},
            {QStringLiteral("identifier"), identifiers},
            {QStringLiteral("name"), QJsonArray{officialName(pupil)}},
            {QStringLiteral("dateOfBirth"), partialDate(pupil.dateOfBirth)},
            // The DfE codes as recorded, beside the standard's where a mapping is certain.
            {lantern("dfeSex"), pupil.sex},
            {lantern("dfeEthnicity"), pupil.ethnicity},
        };
        if (const QString sex = ReferralPackJsonLd::sexCode(pupil.sex); !sex.isEmpty())
            person.insert(QStringLiteral("sexCode"), sex);
        if (const QString ethnicity = ReferralPackJsonLd::ethnicityCode(pupil.ethnicity);
            !ethnicity.isEmpty())
            person.insert(QStringLiteral("ethnicityCode"), ethnicity);
        if (!pupil.address.isEmpty() || !pupil.postcode.isEmpty()) {
            QJsonObject address{{QStringLiteral("@type"), QStringLiteral("Address")},
                                {QStringLiteral("use"), QStringLiteral("home")}};
            if (!pupil.address.isEmpty())
                address.insert(QStringLiteral("line1"), pupil.address);
            if (!pupil.postcode.isEmpty())
                address.insert(QStringLiteral("postcode"), pupil.postcode);
            person.insert(QStringLiteral("address"), QJsonArray{address});
        }
        if (m_content.request.includes(ReferralSection::Family))
            person.insert(QStringLiteral("relatedPerson"), relationships());
        return person;
    }

    QJsonObject relationship(const QJsonObject& who, const QString& code, const QString& words) const
    {
        QJsonObject object{{QStringLiteral("@type"), QStringLiteral("PersonRelationship")},
                           {QStringLiteral("identifier"), who},
                           {lantern("relationship"), words}};
        if (!code.isEmpty())
            object.insert(QStringLiteral("relationship"), QJsonArray{code});
        return object;
    }

    QString siblingCode(const QString& link) const
    {
        static const QHash<QString, QString> codes{{QStringLiteral("sibling"), QStringLiteral("SIB")},
                                                   {QStringLiteral("half-sibling"), QStringLiteral("HSIB")},
                                                   {QStringLiteral("step-sibling"), QStringLiteral("STPSIB")},
                                                   {QStringLiteral("cousin"), QStringLiteral("COUSN")}};
        return codes.value(link);
    }

    QJsonArray relationships() const
    {
        QJsonArray related;
        for (const Contact& c : m_content.contacts)
            related.append(relationship(localId("contact", c.id),
                                        ReferralPackJson::relationshipCode(c.relationship), c.relationship));
        for (const LinkedPupil& linked : m_content.siblings)
            related.append(relationship(siblingRef(linked.pupil), siblingCode(linked.link.relationship),
                                        linked.link.relationship));
        for (const HouseholdMember& member : m_content.household)
            related.append(relationship(localId("household-member", member.id),
                                        ReferralPackJson::relationshipCode(member.current.relationship),
                                        member.current.relationship));
        return related;
    }

    QJsonObject siblingRef(const Pupil& pupil) const
    {
        return pupil.upn.isEmpty() ? localId("pupil", pupil.id)
                                   : identifier(QString::fromLatin1(ReferralPackJson::UpnSystem), pupil.upn);
    }

    // The people of the Family section: the MIS contacts, siblings on the roll and the household as the DSL
    // team records it, each a Person the child's relatedPerson points at.
    QList<QJsonObject> family() const
    {
        QList<QJsonObject> people;
        for (const Contact& c : m_content.contacts) {
            QJsonObject person{{QStringLiteral("@id"), QStringLiteral("_:contact-%1").arg(c.id)},
                               {QStringLiteral("@type"), QStringLiteral("Person")},
                               {QStringLiteral("identifier"), QJsonArray{localId("contact", c.id)}},
                               {QStringLiteral("name"), QJsonArray{nameAsRecorded(c.name)}},
                               {lantern("parentalResponsibility"), c.parentalResponsibility},
                               {lantern("livesWithChild"), c.livesWithChild}};
            if (!c.phone.isEmpty() || !c.email.isEmpty())
                person.insert(QStringLiteral("contact"),
                              QJsonArray{contact(QStringLiteral("Home"), c.phone, c.email)});
            if (!c.address.isEmpty())
                person.insert(QStringLiteral("address"),
                              QJsonArray{QJsonObject{{QStringLiteral("@type"), QStringLiteral("Address")},
                                                     {QStringLiteral("line1"), c.address}}});
            people.append(person);
        }
        for (const LinkedPupil& linked : m_content.siblings)
            people.append({{QStringLiteral("@id"), QStringLiteral("_:sibling-%1").arg(linked.pupil.id)},
                           {QStringLiteral("@type"), QStringLiteral("Person")},
                           {QStringLiteral("identifier"), QJsonArray{siblingRef(linked.pupil)}},
                           {QStringLiteral("name"), QJsonArray{officialName(linked.pupil)}},
                           {QStringLiteral("dateOfBirth"), partialDate(linked.pupil.dateOfBirth)}});
        for (const HouseholdMember& member : m_content.household)
            people.append(householdMember(member));
        return people;
    }

    // PUB01 has no field for an unborn child's expected date, an interpreter or a language other than in
    // codes it does not share with the DfE: those are lantern: terms.
    QJsonObject householdMember(const HouseholdMember& member) const
    {
        const HouseholdMemberVersion& m = member.current;
        QJsonObject person{{QStringLiteral("@id"), QStringLiteral("_:household-%1").arg(member.id)},
                           {QStringLiteral("@type"), QStringLiteral("Person")},
                           {QStringLiteral("identifier"), QJsonArray{localId("household-member", member.id)}},
                           {QStringLiteral("name"), QJsonArray{nameAsRecorded(m.name)}},
                           {lantern("livesWithChild"), m.livesWithChild},
                           {lantern("parentalResponsibility"), m.parentalResponsibility},
                           {lantern("needsInterpreter"), m.needsInterpreter}};
        if (m.dateOfBirth)
            person.insert(QStringLiteral("dateOfBirth"), partialDate(*m.dateOfBirth));
        if (m.expectedDeliveryDate)
            person.insert(lantern("expectedDeliveryDate"), isoDate(*m.expectedDeliveryDate));
        if (!m.language.isEmpty())
            person.insert(
                lantern("language"),
                coded(m.language, CodeList::get(QStringLiteral("language-top-level")).label(m.language)));
        return person;
    }

    QJsonObject school() const
    {
        const SchoolDetails details = m_content.school.value_or(SchoolDetails{});
        QJsonObject service{
            {QStringLiteral("@id"), QStringLiteral("_:school")},
            {QStringLiteral("@type"), QStringLiteral("Service")},
            {QStringLiteral("identifier"), QJsonArray{schoolRef()}},
            {QStringLiteral("name"), details.name},
            {QStringLiteral("type"),
             QJsonArray{ReferralPackJsonLd::schoolServiceType(m_content.pupil.yearGroup)}},
            {QStringLiteral("contact"),
             QJsonArray{contact(QStringLiteral("Work"), details.phone, details.email)}},
            {QStringLiteral("relatedProfessional"), QJsonArray{referrerRef()}},
        };
        if (!details.address.isEmpty())
            service.insert(QStringLiteral("address"),
                           QJsonArray{QJsonObject{{QStringLiteral("@type"), QStringLiteral("Address")},
                                                  {QStringLiteral("line1"), details.address},
                                                  {QStringLiteral("use"), QStringLiteral("work")}}});
        if (!details.laCode.isEmpty())
            service.insert(
                lantern("localAuthority"),
                QJsonObject{{QStringLiteral("identifier"),
                             identifier(QString::fromLatin1(ReferralPackJson::LaCodeSystem), details.laCode)},
                            {QStringLiteral("name"), details.laName}});
        return service;
    }

    // The person who made the referral, reached through the school's DSL line when they are its DSL.
    QList<QJsonObject> professionals() const
    {
        const SchoolDetails details = m_content.school.value_or(SchoolDetails{});
        QJsonObject reach = contact(QStringLiteral("Work"), details.phone, details.email);
        for (const SafeguardingContact& c : m_content.safeguardingContacts)
            if (c.name == m_content.producedByName)
                reach = contact(QStringLiteral("Work"), c.phone, c.email);
        return {{{QStringLiteral("@id"), QStringLiteral("_:referrer")},
                 {QStringLiteral("@type"), QStringLiteral("Professional")},
                 {QStringLiteral("identifier"), QJsonArray{referrerRef()}},
                 {QStringLiteral("name"), nameAsRecorded(m_content.producedByName)},
                 {QStringLiteral("role"), strings({m_content.producedByRole})},
                 {QStringLiteral("contact"), reach},
                 {QStringLiteral("relatedService"), QJsonArray{schoolRef()}}}};
    }

    QJsonObject referral() const
    {
        const ReferralPackRequest& request = m_content.request;
        const ReferralNarrative& n = request.narrative;
        QJsonObject event{
            {QStringLiteral("@id"), QStringLiteral("_:referral")},
            {QStringLiteral("@type"), QStringLiteral("LifeEvent")},
            {QStringLiteral("identifier"),
             QJsonArray{identifier(QString::fromLatin1(ReferralPackJsonLd::PackIdSystem), m_packId)}},
            {QStringLiteral("type"), QJsonArray{QStringLiteral("referral")}},
            {QStringLiteral("subjectPerson"), QJsonArray{subject(childRef(), QStringLiteral("SBJ"))}},
            {QStringLiteral("relatedProfessional"),
             QJsonArray{QJsonObject{{QStringLiteral("@type"), QStringLiteral("RelatedProfessional")},
                                    {QStringLiteral("professional"), referrerRef()},
                                    {QStringLiteral("involvement"), QStringLiteral("AUT")}}}},
            {QStringLiteral("relatedService"), QJsonArray{schoolRef()}},
            {QStringLiteral("timeInformation"), QJsonArray{timing(isoUtc(m_content.producedAt))}},
            {lantern("period"), QJsonObject{{QStringLiteral("from"), isoDate(request.from)},
                                            {QStringLiteral("to"), isoDate(request.to)}}},
            {lantern("referralSource"),
             coded(QString::fromLatin1(ReferralPackJson::SchoolsReferralSource),
                   CodeList::get(QStringLiteral("cin-referral-source"))
                       .label(QString::fromLatin1(ReferralPackJson::SchoolsReferralSource)))},
            {lantern("categoryOfHarm"), categoriesOfHarm()},
            {lantern("basisForSharing"), basisForSharing(request.basis)},
        };
        QJsonObject recipient{{QStringLiteral("team"), request.recipient.team}};
        insertText(recipient, QStringLiteral("localAuthority"), request.recipient.localAuthority);
        event.insert(lantern("recipient"), recipient);
        insertText(event, lantern("reason"), n.reason);
        insertText(event, lantern("whatWeAreWorriedAbout"), n.worried);
        insertText(event, lantern("whatIsWorkingWell"), n.workingWell);
        insertText(event, lantern("whatNeedsToHappen"), n.needsToHappen);
        insertText(event, lantern("actionsSummary"), n.actionsSummary);
        insertText(event, lantern("parentsViews"), request.parentsViews);
        if (request.ask)
            event.insert(lantern("request"), ask(*request.ask));
        const QJsonObject found = finding();
        if (!found.isEmpty())
            event.insert(lantern("finding"), QJsonArray{found});
        return event;
    }

    // The categories of harm of the concerns this child is the subject of, each once. Another child's
    // categories are never this child's.
    QJsonArray categoriesOfHarm() const
    {
        QStringList seen;
        QJsonArray categories;
        for (const PackConcern& concern : m_content.concerns) {
            if (concern.role != ChildRole::Subject)
                continue;
            for (const QString& id : concern.concern.current.categoryIds)
                if (!seen.contains(id)) {
                    seen.append(id);
                    categories.append(harmCategory(id));
                }
        }
        return categories;
    }

    // What the school asks for, how soon, and whether the child is safe to go home today (absent when not
    // said).
    static QJsonObject ask(const FamilyHelpRequest& ask)
    {
        QJsonObject object{{QStringLiteral("service"),
                            coded(serviceRequestedName(ask.service), serviceRequestedLabel(ask.service))},
                           {QStringLiteral("urgency"),
                            coded(requestUrgencyName(ask.urgency), requestUrgencyLabel(ask.urgency))}};
        if (ask.safeToGoHome)
            object.insert(QStringLiteral("safeToGoHomeToday"), *ask.safeToGoHome);
        if (!ask.safeToGoHomeDetail.isEmpty())
            object.insert(QStringLiteral("safeToGoHomeDetail"), ask.safeToGoHomeDetail);
        return object;
    }

    static QJsonObject basisForSharing(const SharingBasis& basis)
    {
        QJsonObject object;
        insertText(object, QStringLiteral("lawfulBasis"), basis.lawfulBasis);
        insertText(object, QStringLiteral("specialCategoryCondition"), basis.specialCategoryCondition);
        if (basis.consent) {
            const ConsentDecision& consent = *basis.consent;
            QJsonObject decision{{QStringLiteral("outcome"), consentOutcomeName(consent.outcome)}};
            insertText(decision, QStringLiteral("byWhom"), consent.byWhom);
            insertText(decision, QStringLiteral("reason"), consent.reason);
            if (consent.when)
                decision.insert(QStringLiteral("when"), isoDate(*consent.when));
            object.insert(QStringLiteral("consent"), decision);
        }
        if (basis.parentsAware) {
            QJsonObject parents{{QStringLiteral("aware"), basis.parentsAware->aware}};
            insertText(parents, QStringLiteral("reasonNot"), basis.parentsAware->reasonNot);
            object.insert(QStringLiteral("parentsAware"), parents);
        }
        return object;
    }

    // The draft's Finding: attendance as Measurements, SEND, EAL and free school meals as Observations. The
    // draft's Observation needs the date it became true, which Lantern does not hold: startDate is the date
    // the pack was made, the date Lantern knew it to be true.
    QJsonObject finding() const
    {
        const Pupil& pupil = m_content.pupil;
        const QString asAt = isoDate(toUkLocal(m_content.producedAt).date());
        QStringList types;
        if (pupil.senStatus == QLatin1String("K") || pupil.senStatus == QLatin1String("E")) {
            types.append(QStringLiteral("SEND"));
            for (const QString& need : pupil.senNeedTypes)
                if (const QString type = ReferralPackJsonLd::sendObservationType(need);
                    !type.isEmpty() && !types.contains(type))
                    types.append(type);
        }
        // English, believed English, believed other than English, not obtained, refused: not EAL for certain.
        static const QStringList notEal{QStringLiteral("ENG"), QStringLiteral("ENB"), QStringLiteral("OTB"),
                                        QStringLiteral("NOT"), QStringLiteral("REF")};
        if (!pupil.firstLanguage.isEmpty() && !notEal.contains(pupil.firstLanguage))
            types.append(QStringLiteral("EAL"));
        if (pupil.freeSchoolMeals)
            types.append(QStringLiteral("free-school-meals"));
        QJsonArray observations;
        for (const QString& type : types)
            observations.append(QJsonObject{{QStringLiteral("@type"), QStringLiteral("Observation")},
                                            {QStringLiteral("type"), type},
                                            {QStringLiteral("startDate"), asAt}});

        QJsonArray measurements;
        const ReferralPackRequest& request = m_content.request;
        if (request.includes(ReferralSection::Attendance) && request.attendance) {
            const AttendanceFigures& figures = *request.attendance;
            const auto measure = [&measurements](const char* type, double value) {
                measurements.append(QJsonObject{{QStringLiteral("@type"), QStringLiteral("Measurement")},
                                                {QStringLiteral("type"), QString::fromLatin1(type)},
                                                {QStringLiteral("value"), value},
                                                {QStringLiteral("unit"), QStringLiteral("pct")}});
            };
            measure("Attendance", figures.attendancePercent);
            if (figures.authorisedAbsencePercent)
                measure("Authorised Absences", *figures.authorisedAbsencePercent);
            if (figures.unauthorisedAbsencePercent)
                measure("Unauthorised Absences", *figures.unauthorisedAbsencePercent);
        }
        if (observations.isEmpty() && measurements.isEmpty())
            return {};
        QJsonObject result{{QStringLiteral("@type"), QStringLiteral("Finding")}};
        if (!observations.isEmpty())
            result.insert(QStringLiteral("observation"), observations);
        if (!measurements.isEmpty())
            result.insert(QStringLiteral("measurement"), measurements);
        return result;
    }

    // A concern as a LifeEvent. Where this child is a witness or the alleged harmer the concern is another
    // child's: only that it happened, when, and this child's part go in; its categories, account, place and
    // words stay out.
    QJsonObject concern(const PackConcern& packed) const
    {
        const ConcernVersion& current = packed.concern.current;
        QJsonObject event{
            {QStringLiteral("@id"), QStringLiteral("_:concern-%1").arg(packed.concern.id)},
            {QStringLiteral("@type"), QStringLiteral("LifeEvent")},
            {QStringLiteral("identifier"), QJsonArray{localId("concern", packed.concern.id)}},
            {QStringLiteral("type"), QJsonArray{QStringLiteral("safeguarding-concern")}},
            {QStringLiteral("subjectPerson"), QJsonArray{subject(childRef(), involvement(packed.role))}},
            {QStringLiteral("relatedService"), QJsonArray{schoolRef()}},
            {QStringLiteral("timeInformation"), QJsonArray{timing(isoPartial(current.occurred))}},
            {lantern("childRole"), childRoleName(packed.role)},
            {lantern("redacted"),
             m_content.minimisation.isRedacted(PackItemKind::Concern, packed.concern.id)},
            {lantern("occurredAccuracy"), ReferralPackJsonLd::accuracyIndicator(current.occurred)},
        };
        if (packed.role != ChildRole::Subject)
            return event;
        QJsonArray categories;
        for (const QString& id : current.categoryIds)
            categories.append(harmCategory(id));
        event.insert(lantern("categoryOfHarm"), categories);
        event.insert(lantern("account"), current.account);
        if (!current.childWords.isEmpty())
            event.insert(lantern("childWords"), current.childWords);
        if (!current.location.isEmpty())
            event.insert(QStringLiteral("location"), QJsonArray{current.location});
        return event;
    }

    // A plan as a ServiceEpisode. The draft requires a related service and a location: the lead agency where
    // recorded, else the school (which recorded the plan because it takes part); the local authority area,
    // as Lantern does not record where a plan is delivered.
    QJsonObject plan(const Plan& plan) const
    {
        const SchoolDetails details = m_content.school.value_or(SchoolDetails{});
        const QJsonObject service = plan.leadAgencyId ? localId("agency", *plan.leadAgencyId) : schoolRef();
        QJsonObject episode{
            {QStringLiteral("@id"), QStringLiteral("_:plan-%1").arg(plan.id)},
            {QStringLiteral("@type"), QStringLiteral("ServiceEpisode")},
            {QStringLiteral("identifier"), QJsonArray{localId("plan", plan.id)}},
            {QStringLiteral("type"), QJsonArray{ReferralPackJson::planEpisodeType(plan.type)}},
            {QStringLiteral("subjectPerson"), QJsonArray{subject(childRef(), QStringLiteral("SBJ"))}},
            {QStringLiteral("relatedService"), QJsonArray{service}},
            {QStringLiteral("timeInformation"),
             QJsonArray{timing(isoDate(plan.startedOn), plan.endedOn ? isoDate(*plan.endedOn) : QString())}},
            {QStringLiteral("location"),
             QJsonArray{details.laName.isEmpty() ? details.name : details.laName}},
            {lantern("planType"), coded(planTypeName(plan.type), planTypeLabel(plan.type))},
        };
        if (plan.leadAgencyId)
            episode.insert(lantern("leadAgency"), m_content.agencyNames.value(*plan.leadAgencyId));
        if (!plan.leadPractitioner.isEmpty())
            episode.insert(lantern("leadPractitioner"), plan.leadPractitioner);
        if (!plan.cpCategory.isEmpty())
            episode.insert(
                lantern("cpCategory"),
                coded(plan.cpCategory,
                      CodeList::get(QStringLiteral("cp-category-of-abuse")).label(plan.cpCategory)));
        return episode;
    }

    const ReferralPackContent& m_content;
    QString m_packId;
    QString m_scope;
    QJsonArray m_graph;
};

} // namespace

QJsonObject ReferralPackJsonLd::build(const ReferralPackContent& content, const QString& packId)
{
    const QJsonArray context{
        QString::fromLatin1(PersonContext), QString::fromLatin1(SafeguardingContext),
        QJsonObject{{QStringLiteral("lantern"), QString::fromLatin1(LanternVocabulary)}}};
    return {
        {QStringLiteral("@context"), context},
        {QStringLiteral("@id"), QString(QStringLiteral("urn:uuid:") + packId)},
        {lantern("packId"), packId},
        {lantern("protectiveMarking"), QStringLiteral("OFFICIAL-SENSITIVE")},
        {lantern("producedAt"), isoUtc(content.producedAt)},
        {lantern("minimisation"),
         QJsonObject{{QStringLiteral("itemsListed"), content.minimisation.listed},
                     {QStringLiteral("itemsIncluded"), content.minimisation.included},
                     {QStringLiteral("itemsLeftOut"), content.minimisation.leftOut()},
                     {QStringLiteral("itemsRedacted"), int(content.minimisation.redactedKeys.size())},
                     {QStringLiteral("statement"), content.minimisation.statement()}}},
        {QStringLiteral("@graph"), GraphBuilder(content, packId).build()},
    };
}

QString ReferralPackJsonLd::accuracyIndicator(const PartialDate& date)
{
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return QStringLiteral("UUA");
    case PartialDate::Precision::Month:
        return QStringLiteral("UAA");
    case PartialDate::Precision::Day:
    case PartialDate::Precision::Minute:
        return QStringLiteral("AAA");
    }
    return QStringLiteral("AAA");
}

QString ReferralPackJsonLd::sexCode(const QString& dfeSex)
{
    if (dfeSex == QLatin1String("M"))
        return QStringLiteral("1");
    if (dfeSex == QLatin1String("F"))
        return QStringLiteral("2");
    return {};
}

QString ReferralPackJsonLd::ethnicityCode(const QString& dfeEthnicity)
{
    // Extended codes first: they settle the main categories that straddle two ONS ones.
    static const QHash<QString, QString> extended{
        {QStringLiteral("WROG"), QStringLiteral("15")}, // Gypsy: White Gypsy or Irish Traveller
        {QStringLiteral("WROR"), QStringLiteral("16")}, // Roma
        {QStringLiteral("OARA"), QStringLiteral("18")}, // Arab
    };
    static const QHash<QString, QString> main{
        {QStringLiteral("ABAN"), QStringLiteral("1")},  {QStringLiteral("CHNE"), QStringLiteral("2")},
        {QStringLiteral("AIND"), QStringLiteral("3")},  {QStringLiteral("APKN"), QStringLiteral("4")},
        {QStringLiteral("AOTH"), QStringLiteral("5")},  {QStringLiteral("BAFR"), QStringLiteral("6")},
        {QStringLiteral("BCRB"), QStringLiteral("7")},  {QStringLiteral("BOTH"), QStringLiteral("8")},
        {QStringLiteral("MWAS"), QStringLiteral("9")},  {QStringLiteral("MWBA"), QStringLiteral("10")},
        {QStringLiteral("MWBC"), QStringLiteral("11")}, {QStringLiteral("MOTH"), QStringLiteral("12")},
        {QStringLiteral("WBRI"), QStringLiteral("13")}, {QStringLiteral("WIRI"), QStringLiteral("14")},
        {QStringLiteral("WIRT"), QStringLiteral("15")}, {QStringLiteral("WOTH"), QStringLiteral("17")},
    };
    if (extended.contains(dfeEthnicity))
        return extended.value(dfeEthnicity);
    return main.value(ethnicityMainCode(dfeEthnicity).value_or(QString()));
}

QString ReferralPackJsonLd::sendObservationType(const QString& dfeNeedType)
{
    static const QHash<QString, QString> types{
        {QStringLiteral("SPLD"), QStringLiteral("SEND.SpLD")},
        {QStringLiteral("MLD"), QStringLiteral("SEND.MLD")},
        {QStringLiteral("SLD"), QStringLiteral("SEND.SLD")},
        {QStringLiteral("PMLD"), QStringLiteral("SEND.PMLD")},
        {QStringLiteral("SLCN"), QStringLiteral("SEND.SLCN")},
        {QStringLiteral("ASD"), QStringLiteral("SEND.ASC")},
        {QStringLiteral("SEMH"), QStringLiteral("SEND.SEMH")},
        {QStringLiteral("VI"), QStringLiteral("SEND.VI")},
        {QStringLiteral("HI"), QStringLiteral("SEND.HI")},
        {QStringLiteral("MSI"), QStringLiteral("SEND.MSI")},
        {QStringLiteral("PD"), QStringLiteral("SEND.PD")},
    };
    return types.value(dfeNeedType);
}

QString ReferralPackJsonLd::schoolServiceType(const QString& yearGroup)
{
    QString year = yearGroup.trimmed().toUpper();
    year.remove(QRegularExpression(QStringLiteral("^(YEAR|YR|Y)\\s*")));
    if (year == QLatin1String("R") || year == QLatin1String("RECEPTION") || year.startsWith(QLatin1Char('N')))
        return QStringLiteral("primary-school");
    bool ok = false;
    const int number = year.toInt(&ok);
    if (ok && number >= 1 && number <= 6)
        return QStringLiteral("primary-school");
    if (ok && number >= 7 && number <= 14)
        return QStringLiteral("high-school");
    return QStringLiteral("learning-education-employment");
}

} // namespace lantern
