#include "export/ReferralPackPrint.h"

#include "reference/CodeList.h"
#include "reference/HarmCategories.h"
#include "text/TextServices.h"

#include <QRegularExpression>

namespace lantern {

namespace {

const char* const Summary = "Summary";
const char* const Child = "The child";
const char* const Family = "Family and household";
const char* const School = "Referring school";
const char* const Reason = "Reason for referral";
const char* const Concerns = "Concerns";
const char* const Chronology = "Chronology";
const char* const Voice = "The child's voice";
const char* const Actions = "What the school has already done";
const char* const Agencies = "Agencies and plans";
const char* const Attendance = "Attendance";
const char* const Basis = "Basis for sharing";
const char* const Preflight = "Known gaps and why we proceeded";
const char* const Attachments = "Attachments";

// Said on every included item in which the minimiser replaced another child's name by their role, so the
// reader knows "[another child, Year 6]" is the school's redaction, not what was recorded.
const char* const RedactedMarker = "Names of other children replaced by their role.";

QString h(const char* text)
{
    return QString::fromUtf8(text);
}

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("-") : text;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Yes") : QStringLiteral("No");
}

QString date(const QDate& d)
{
    return TextServices::formatDate(d);
}

QString date(const std::optional<QDate>& d)
{
    return d ? TextServices::formatDate(*d) : QStringLiteral("-");
}

QString moment(const QDateTime& utc)
{
    return TextServices::formatDateTime(utc);
}

// A DfE code as its label: the PDF is read by people, the codes themselves are in referral.json. A code
// this Lantern has no label for is printed as it is rather than dropped.
QString coded(const char* list, const QString& code)
{
    QString label = CodeList::get(QString::fromLatin1(list)).label(code);
    // "Not declared (default)", "Not declared (default value)": which value is the default is the
    // system's business, not the reader's.
    static const QRegularExpression systemNote(QStringLiteral("\\s*\\(default[^)]*\\)$"));
    label.remove(systemNote);
    // Some DfE lists are in capitals ("SCHOOLS"); printed as a sentence is.
    if (label.size() > 3 && label == label.toUpper() && label != label.toLower())
        label = label.left(1) + label.mid(1).toLower();
    return label.isEmpty() ? code : label;
}

// A member of staff by display name only: usernames are Lantern's, not words a social worker knows.
QString person(const ReferralPackContent& content, const QString& username)
{
    const QString name = content.userNames.value(username);
    return name.isEmpty() ? QStringLiteral("A member of school staff") : name;
}

// Text Lantern wrote about staff ("Recorded by Amira Haddad (demo-dsl)" in a chronology entry) without the
// usernames.
QString withoutUsernames(const ReferralPackContent& content, QString text)
{
    for (auto it = content.userNames.cbegin(); it != content.userNames.cend(); ++it)
        text.replace(it.value() + QStringLiteral(" (") + it.key() + QLatin1Char(')'), it.value());
    return text;
}

QString categoriesText(const QStringList& ids)
{
    QStringList parts;
    for (const QString& id : ids) {
        const HarmCategory* category = HarmCategories::get().find(id);
        parts.append(category ? category->label + QStringLiteral(" (CIN ") +
                                    category->cinFactorCodes.join(QStringLiteral(", ")) + QLatin1Char(')')
                              : id);
    }
    return parts.join(QStringLiteral("; "));
}

// Chronology summaries Lantern wrote itself speak its own language: "Concern (subject): …" and "Decision on
// concern 12: …" (an id the reader never sees). Said in words: the child's part, the concern's date.
QString readableSummary(const ChronologyEntry& entry, const ReferralPackContent& content)
{
    if (entry.sourceType == QLatin1String("concern")) {
        const std::pair<ChildRole, const char*> roles[] = {
            {ChildRole::Subject, "Concern about this child: "},
            {ChildRole::Witness, "Concern this child saw or heard: "},
            {ChildRole::AllegedHarmer, "Concern in which this child is said to have harmed another child: "}};
        for (const auto& [role, words] : roles) {
            const QString prefix = QStringLiteral("Concern (") + childRoleLabel(role) + QStringLiteral("): ");
            if (entry.summary.startsWith(prefix))
                return QString::fromUtf8(words) + entry.summary.mid(prefix.size());
        }
    }
    static const QRegularExpression decisionPrefix(QStringLiteral("^Decision on concern (\\d+): "));
    if (const QRegularExpressionMatch match = decisionPrefix.match(entry.summary);
        entry.sourceType == QLatin1String("decision") && match.hasMatch()) {
        QString on = QStringLiteral("Decision: ");
        for (const PackConcern& packed : content.concerns)
            if (packed.concern.id == match.captured(1).toLongLong())
                on = QStringLiteral("Decision on the concern of ") +
                     packed.concern.current.occurred.display() + QStringLiteral(": ");
        return on + entry.summary.mid(match.capturedLength());
    }
    return entry.summary;
}

// A concern's categories of harm are this child's only when the concern is about them: for a concern they
// witnessed or are said to have caused, the categories describe another child's harm.
QStringList concernCategories(const PackConcern& concern)
{
    return concern.role == ChildRole::Subject ? concern.concern.current.categoryIds : QStringList();
}

PrintTable table(const QStringList& headers, std::vector<double> weights, const QString& emptyText)
{
    PrintTable t;
    t.headers = headers;
    t.columnWeights = std::move(weights);
    t.emptyText = emptyText;
    return t;
}

void summary(PrintDocument& doc, const ReferralPackContent& content, const QString& packId)
{
    const ReferralPackRequest& request = content.request;
    doc.heading(h(Summary));
    doc.keyValues({
        {QStringLiteral("Child"), content.pupil.legalName()},
        {QStringLiteral("Referred by"),
         (content.producedByName.isEmpty() ? person(content, content.producedByUsername)
                                           : content.producedByName) +
             QStringLiteral(", ") + content.producedByRole},
        {QStringLiteral("School"), content.school ? content.school->name : QStringLiteral("-")},
        {QStringLiteral("Period covered"), date(request.from) + QStringLiteral(" to ") + date(request.to)},
        {QStringLiteral("Produced"), moment(content.producedAt)},
        {QStringLiteral("Pack"), packId},
    });
    // What the school asks for, and of whom: the first thing a front door reads.
    const Recipient& to = request.recipient;
    std::vector<std::pair<QString, QString>> ask{
        {QStringLiteral("To"),
         orDash(to.team) +
             (to.localAuthority.isEmpty() ? QString() : QStringLiteral(", ") + to.localAuthority)}};
    if (request.ask) {
        const FamilyHelpRequest& a = *request.ask;
        QString safe = !a.safeToGoHome ? QStringLiteral("Not answered")
                                       : (*a.safeToGoHome ? QStringLiteral("Yes") : QStringLiteral("No"));
        if (!a.safeToGoHomeDetail.isEmpty())
            safe += QStringLiteral(": ") + a.safeToGoHomeDetail;
        ask.emplace_back(QStringLiteral("Service asked for"), serviceRequestedLabel(a.service));
        ask.emplace_back(QStringLiteral("Urgency"), requestUrgencyLabel(a.urgency));
        ask.emplace_back(QStringLiteral("Safe to go home today"), safe);
    } else {
        ask.emplace_back(QStringLiteral("Service asked for"), QStringLiteral("Not stated"));
    }
    doc.heading(QStringLiteral("What the school is asking for"), 2);
    doc.keyValues(std::move(ask));
    // Near the top, so the reader knows at once this is not the whole record.
    doc.heading(QStringLiteral("What this pack leaves out"), 2);
    doc.paragraph(content.minimisation.statement());
}

void child(PrintDocument& doc, const ReferralPackContent& content)
{
    const Pupil& p = content.pupil;
    QStringList statuses;
    if (p.childProtectionPlan)
        statuses.append(QStringLiteral("child protection plan"));
    if (p.childInNeed)
        statuses.append(QStringLiteral("child in need"));
    if (p.familyHelp)
        statuses.append(QStringLiteral("family help"));
    QStringList disabilities;
    for (const QString& code : p.disabilities)
        disabilities.append(coded("cin-disability", code));
    QStringList needs;
    for (const QString& code : p.senNeedTypes)
        needs.append(coded("sen-need-type", code));
    doc.heading(h(Child));
    doc.keyValues({
        {QStringLiteral("Legal name"), p.legalName()},
        {QStringLiteral("Known as"), p.displayName()},
        {QStringLiteral("Date of birth"), date(p.dateOfBirth)},
        {QStringLiteral("Sex"), coded("sex", p.sex)},
        {QStringLiteral("Ethnicity"),
         [&p] {
             const QString main = CodeList::get(QStringLiteral("ethnicity-main")).label(p.ethnicity);
             const QString extended = CodeList::get(QStringLiteral("ethnicity-extended")).label(p.ethnicity);
             return !main.isEmpty() ? main : !extended.isEmpty() ? extended : p.ethnicity;
         }()},
        {QStringLiteral("UPN"), p.upn.isEmpty() ? coded("upn-unknown-reason", p.upnUnknownReason) : p.upn},
        {QStringLiteral("NHS number"), orDash(p.nhsNumber)},
        {QStringLiteral("Address"), orDash(p.address)},
        {QStringLiteral("Postcode"), orDash(p.postcode)},
        {QStringLiteral("First language"),
         p.firstLanguage.isEmpty() ? QStringLiteral("-") : coded("language-top-level", p.firstLanguage)},
        {QStringLiteral("Year group"),
         p.yearGroup.isEmpty() ? QStringLiteral("-") : yearGroupLabel(p.yearGroup)},
        {QStringLiteral("SEN"),
         coded("sen-provision", p.senStatus) +
             (needs.isEmpty() ? QString() : QStringLiteral("; ") + needs.join(QStringLiteral(", ")))},
        {QStringLiteral("Disabilities"),
         disabilities.isEmpty() ? QStringLiteral("None recorded") : disabilities.join(QStringLiteral(", "))},
        {QStringLiteral("Young carer"), coded("young-carer", p.youngCarer)},
        {QStringLiteral("Free school meals"), yesNo(p.freeSchoolMeals)},
        {QStringLiteral("Current involvement"),
         statuses.isEmpty() ? QStringLiteral("None recorded") : statuses.join(QStringLiteral(", "))},
        {QStringLiteral("Looked after"),
         p.lookedAfter ? QStringLiteral("Yes") + (p.responsibleAuthority.isEmpty()
                                                      ? QString()
                                                      : QStringLiteral(", by ") + p.responsibleAuthority)
                       : QStringLiteral("No")},
        {QStringLiteral("Kinship care"), coded("kinship-care", p.kinshipCare)},
        {QStringLiteral("Privately fostered"), yesNo(p.privateFostering)},
    });
}

void family(PrintDocument& doc, const ReferralPackContent& content)
{
    doc.heading(h(Family));
    PrintTable contacts = table(
        {QStringLiteral("Name"), QStringLiteral("Relationship"), QStringLiteral("Parental responsibility"),
         QStringLiteral("Lives with child"), QStringLiteral("Contact"), QStringLiteral("Notes")},
        {3, 2.5, 2, 2, 4, 4}, QStringLiteral("No contacts recorded."));
    for (const Contact& c : content.contacts) {
        QStringList reach;
        for (const QString& part : {c.phone, c.email, c.address})
            if (!part.isEmpty())
                reach.append(part);
        contacts.rows.push_back({c.name, c.relationship, yesNo(c.parentalResponsibility),
                                 yesNo(c.livesWithChild), orDash(reach.join(QStringLiteral("\n"))),
                                 orDash(c.notes)});
    }
    doc.table(std::move(contacts));
    doc.heading(QStringLiteral("Household members"), 2);
    PrintTable household = table({QStringLiteral("Name"), QStringLiteral("Relationship"),
                                  QStringLiteral("Born or expected"), QStringLiteral("Lives with the child"),
                                  QStringLiteral("Parental responsibility"), QStringLiteral("Interpreter")},
                                 {3, 3, 3, 2, 2.5, 3}, QStringLiteral("No household members recorded."));
    for (const HouseholdMember& member : content.household) {
        const HouseholdMemberDetails& m = member.current;
        const QString born = m.dateOfBirth ? date(m.dateOfBirth)
                             : m.expectedDeliveryDate
                                 ? QStringLiteral("Expected\n") + date(m.expectedDeliveryDate)
                                 : QStringLiteral("Not known");
        QString interpreter = yesNo(m.needsInterpreter);
        if (!m.language.isEmpty())
            interpreter += QStringLiteral(", ") + coded("language-top-level", m.language);
        household.rows.push_back({m.name, orDash(m.relationship), born, yesNo(m.livesWithChild),
                                  yesNo(m.parentalResponsibility), interpreter});
    }
    doc.table(std::move(household));
    doc.heading(QStringLiteral("Siblings and linked children"), 2);
    PrintTable siblings = table({QStringLiteral("Name"), QStringLiteral("Relationship"),
                                 QStringLiteral("Date of birth"), QStringLiteral("Year group")},
                                {3, 2, 2, 2}, QStringLiteral("No siblings recorded at this school."));
    for (const LinkedPupil& s : content.siblings)
        siblings.rows.push_back(
            {s.pupil.legalName(), pupilLinkLabel(s.link.relationship), date(s.pupil.dateOfBirth),
             s.pupil.yearGroup.isEmpty() ? QStringLiteral("-") : yearGroupLabel(s.pupil.yearGroup)});
    doc.table(std::move(siblings));
}

void school(PrintDocument& doc, const ReferralPackContent& content)
{
    const SchoolDetails s = content.school.value_or(SchoolDetails{});
    doc.heading(h(School));
    std::vector<std::pair<QString, QString>> rows{
        {QStringLiteral("School"), orDash(s.name)},
        {QStringLiteral("URN"), orDash(s.urn)},
        {QStringLiteral("Local authority"),
         orDash(s.laCode + (s.laName.isEmpty() ? QString() : QStringLiteral(" ") + s.laName))},
        {QStringLiteral("Address"), orDash(s.address)},
        {QStringLiteral("Phone"), orDash(s.phone)},
        {QStringLiteral("Email"), orDash(s.email)},
    };
    for (const SafeguardingContact& c : content.safeguardingContacts)
        rows.emplace_back(c.role == QLatin1String("dsl") ? QStringLiteral("DSL")
                                                         : QStringLiteral("Deputy DSL"),
                          c.name + (c.phone.isEmpty() ? QString() : QStringLiteral(", ") + c.phone) +
                              (c.email.isEmpty() ? QString() : QStringLiteral(", ") + c.email));
    doc.keyValues(std::move(rows));
}

void reason(PrintDocument& doc, const ReferralPackContent& content)
{
    const ReferralNarrative& n = content.request.narrative;
    doc.heading(h(Reason));
    doc.keyValues({{QStringLiteral("Referral source"), coded("cin-referral-source", QStringLiteral("2A"))}});
    doc.paragraph(orDash(n.reason));
    PrintTable categories = table(
        {QStringLiteral("Category of harm"), QStringLiteral("Group"), QStringLiteral("CIN factor codes")},
        {4, 3, 2}, QStringLiteral("No categories recorded in the period."));
    QStringList seen;
    for (const PackConcern& concern : content.concerns)
        for (const QString& id : concernCategories(concern)) {
            if (seen.contains(id))
                continue;
            seen.append(id);
            const HarmCategory* c = HarmCategories::get().find(id);
            categories.rows.push_back({c ? c->label : id, c ? c->group : QString(),
                                       c ? c->cinFactorCodes.join(QStringLiteral(", ")) : QString()});
        }
    doc.table(std::move(categories));
    doc.heading(QStringLiteral("What we are worried about"), 2).paragraph(orDash(n.worried));
    doc.heading(QStringLiteral("What is working well"), 2).paragraph(orDash(n.workingWell));
    doc.heading(QStringLiteral("What needs to happen"), 2).paragraph(orDash(n.needsToHappen));
    doc.heading(QStringLiteral("What the parents or carers think"), 2)
        .paragraph(content.request.parentsViews.trimmed().isEmpty() ? QStringLiteral("Not recorded.")
                                                                    : content.request.parentsViews);
}

// The marks on the outline, numbered, and what was seen at each by the same number.
void bodyMap(PrintDocument& doc, const QList<BodyMapMark>& marks)
{
    doc.heading(QStringLiteral("Body map"), 2);
    PrintBodyMap map;
    PrintTable notes =
        table({QStringLiteral("Mark"), QStringLiteral("Where"), QStringLiteral("What was seen")}, {1, 2, 8},
              QString());
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const BodyMapMark& mark = marks.at(i);
        const bool back = mark.side == BodyMapMark::Side::Back;
        map.marks.push_back({back ? PrintBodyMap::Side::Back : PrintBodyMap::Side::Front, mark.x, mark.y});
        notes.rows.push_back({QString::number(i + 1), back ? QStringLiteral("Back") : QStringLiteral("Front"),
                              orDash(mark.note)});
    }
    doc.bodyMap(std::move(map));
    doc.table(std::move(notes));
}

void concerns(PrintDocument& doc, const ReferralPackContent& content)
{
    doc.heading(h(Concerns));
    if (content.concerns.isEmpty())
        doc.paragraph(QStringLiteral("No concerns recorded in the period."));
    for (const PackConcern& packed : content.concerns) {
        const Concern& c = packed.concern;
        const ConcernVersion& v = c.current;
        const QStringList categories = concernCategories(packed);
        doc.heading(v.occurred.display() + QStringLiteral(" – ") +
                        (categories.isEmpty() ? QStringLiteral("Concern") : categoriesText(categories)),
                    2);
        if (content.minimisation.isRedacted(PackItemKind::Concern, c.id))
            doc.paragraph(h(RedactedMarker));
        doc.keyValues({
            {QStringLiteral("Where"), orDash(v.location)},
            {QStringLiteral("Child's part"), childRolePhrase(packed.role)},
            {QStringLiteral("Recorded by"),
             person(content, c.recordedBy) + QStringLiteral(", ") + moment(c.recordedAt)},
            {QStringLiteral("Status"), concernStatusLabel(c.status)},
        });
        doc.paragraph(v.account);
        if (!v.childWords.isEmpty())
            doc.quote(v.childWords);
        if (!v.immediateAction.isEmpty())
            doc.paragraph(QStringLiteral("Immediate action: ") + v.immediateAction);
        // The marks on a concern this child only saw or is said to have caused are another child's injuries.
        if (!v.bodyMap.isEmpty() && packed.role == ChildRole::Subject)
            bodyMap(doc, v.bodyMap);
    }
}

void chronology(PrintDocument& doc, const ReferralPackContent& content)
{
    doc.heading(h(Chronology));
    PrintTable t = table({QStringLiteral("When"), QStringLiteral("Type"), QStringLiteral("What happened"),
                          QStringLiteral("Source"), QStringLiteral("Significant")},
                         {2, 1.5, 5, 2, 1}, QStringLiteral("No chronology entries in the period."));
    for (const ChronologyEntry& e : content.chronology) {
        QString what = readableSummary(e, content);
        // Verbatim, in quotation marks, as the Chronology tab's PDF prints them: never paraphrased.
        if (!e.childWords.isEmpty())
            what +=
                QStringLiteral("\nIn the child's words: \u201C") + e.childWords + QStringLiteral("\u201D");
        if (!e.whyItMatters.isEmpty())
            what += QStringLiteral("\nWhy it matters: ") + e.whyItMatters;
        if (!e.effectOnChild.isEmpty())
            what += QStringLiteral("\nEffect on the child: ") + e.effectOnChild;
        if (content.minimisation.isRedacted(PackItemKind::Chronology, e.id))
            what += QStringLiteral("\n") + h(RedactedMarker);
        t.rows.push_back({e.when.display(), ChronologyTypes::label(e.type), withoutUsernames(content, what),
                          orDash(withoutUsernames(content, e.source)),
                          e.significant ? QStringLiteral("Yes") : QString()});
    }
    doc.table(std::move(t));
}

void voice(PrintDocument& doc, const ReferralPackContent& content)
{
    doc.heading(h(Voice));
    if (content.voice.isEmpty())
        doc.paragraph(QStringLiteral("No child's voice recorded in the period."));
    for (const VoiceEntry& entry : content.voice) {
        const VoiceContent& v = entry.current().content;
        doc.heading(v.captured.display() + QStringLiteral(" – ") + VoiceMethods::label(v.method), 2);
        if (content.minimisation.isRedacted(PackItemKind::Voice, entry.id))
            doc.paragraph(h(RedactedMarker));
        doc.quote(v.words);
        std::vector<std::pair<QString, QString>> rows;
        if (!v.wishesAndFeelings.isEmpty())
            rows.emplace_back(QStringLiteral("Wishes and feelings"), v.wishesAndFeelings);
        if (!v.adaptations.isEmpty())
            rows.emplace_back(QStringLiteral("Adaptations"), v.adaptations);
        rows.emplace_back(QStringLiteral("Told what happens next"), yesNo(v.toldWhatHappensNext));
        rows.emplace_back(QStringLiteral("Recorded by"), person(content, entry.recordedBy));
        doc.keyValues(std::move(rows));
    }
}

void actions(PrintDocument& doc, const ReferralPackContent& content)
{
    doc.heading(h(Actions));
    if (!content.request.narrative.actionsSummary.isEmpty())
        doc.paragraph(content.request.narrative.actionsSummary);
    doc.heading(QStringLiteral("Decisions"), 2);
    PrintTable decisions = table({QStringLiteral("Decided"), QStringLiteral("Outcome"),
                                  QStringLiteral("Reasons"), QStringLiteral("Parents informed")},
                                 {2, 2, 5, 2}, QStringLiteral("No decisions recorded in the period."));
    for (const PackConcern& concern : content.concerns)
        for (const Decision& d : concern.decisions) {
            const DecisionVersion& v = d.current;
            QString parents = parentsInformedLabel(v.parentsInformed);
            if (!v.parentsNotInformedReason.isEmpty())
                parents += QStringLiteral(": ") + v.parentsNotInformedReason;
            const QString reasons = content.minimisation.isRedacted(PackItemKind::Decision, d.id)
                                        ? v.reasons + QStringLiteral("\n") + h(RedactedMarker)
                                        : v.reasons;
            decisions.rows.push_back(
                {moment(v.decidedAt) + QStringLiteral("\n") + person(content, v.decidedBy),
                 decisionOutcomeLabel(v.outcome), reasons, parents});
        }
    doc.table(std::move(decisions));
    doc.heading(QStringLiteral("Earlier referrals"), 2);
    PrintTable referrals = table(
        {QStringLiteral("When"), QStringLiteral("To"), QStringLiteral("How"), QStringLiteral("Outcome")},
        {2, 3, 2, 4}, QStringLiteral("No earlier referrals."));
    for (const Referral& r : content.previousReferrals)
        referrals.rows.push_back(
            {moment(r.referredAt), r.toWhom, referralMethodLabel(r.method), orDash(r.outcome)});
    doc.table(std::move(referrals));
}

void agencies(PrintDocument& doc, const ReferralPackContent& content)
{
    doc.heading(h(Agencies));
    PrintTable involved = table(
        {QStringLiteral("Agency"), QStringLiteral("Contact"), QStringLiteral("From"), QStringLiteral("To")},
        {3, 4, 2, 2}, QStringLiteral("No agencies recorded."));
    for (const PackInvolvement& packed : content.involvements) {
        const Involvement& i = packed.involvement;
        QStringList contact;
        for (const QString& part : {i.contactName, i.contactRole, i.contactPhone, i.contactEmail})
            if (!part.isEmpty())
                contact.append(part);
        involved.rows.push_back({i.agencyName + QStringLiteral("\n") + agencyKindLabel(packed.kind),
                                 orDash(contact.join(QStringLiteral(", "))), date(i.startedOn),
                                 i.endedOn ? date(i.endedOn) : QStringLiteral("Ongoing")});
    }
    doc.table(std::move(involved));
    doc.heading(QStringLiteral("Plans"), 2);
    PrintTable plans = table({QStringLiteral("Plan"), QStringLiteral("Category"), QStringLiteral("From"),
                              QStringLiteral("To"), QStringLiteral("Lead")},
                             {3, 2, 2, 2, 3}, QStringLiteral("No plans recorded."));
    for (const Plan& p : content.plans)
        plans.rows.push_back(
            {planTypeLabel(p.type),
             p.cpCategory.isEmpty() ? QStringLiteral("-") : coded("cp-category-of-abuse", p.cpCategory),
             date(p.startedOn), p.endedOn ? date(p.endedOn) : QStringLiteral("Ongoing"),
             orDash(p.leadPractitioner)});
    doc.table(std::move(plans));
    doc.heading(QStringLiteral("Meetings in the period"), 2);
    PrintTable meetings =
        table({QStringLiteral("Date"), QStringLiteral("Meeting"), QStringLiteral("Outcome")}, {2, 3, 6},
              QStringLiteral("No meetings in the period."));
    for (const Meeting& m : content.meetings)
        meetings.rows.push_back({date(m.heldOn), meetingTypeLabel(m.type), orDash(m.outcome)});
    doc.table(std::move(meetings));
}

void attendance(PrintDocument& doc, const AttendanceFigures& a, const ReferralPackRequest& request)
{
    const auto percent = [](double value) -> QString {
        return QString::number(value, 'f', 1) + QLatin1Char('%');
    };
    doc.heading(h(Attendance));
    std::vector<std::pair<QString, QString>> rows{
        {QStringLiteral("Period"), date(request.from) + QStringLiteral(" to ") + date(request.to)},
        {QStringLiteral("Attendance"), percent(a.attendancePercent)}};
    if (a.authorisedAbsencePercent)
        rows.emplace_back(QStringLiteral("Authorised absence"), percent(*a.authorisedAbsencePercent));
    if (a.unauthorisedAbsencePercent)
        rows.emplace_back(QStringLiteral("Unauthorised absence"), percent(*a.unauthorisedAbsencePercent));
    if (!a.source.isEmpty())
        rows.emplace_back(QStringLiteral("Source"), a.source);
    doc.keyValues(std::move(rows));
}

void basis(PrintDocument& doc, const SharingBasis& b)
{
    doc.heading(h(Basis));
    QString parents = QStringLiteral("Not recorded");
    if (b.parentsAware)
        parents = b.parentsAware->aware ? QStringLiteral("Yes")
                                        : QStringLiteral("No: ") + orDash(b.parentsAware->reasonNot);
    doc.keyValues({{QStringLiteral("Lawful basis"),
                    b.lawfulBasis.isEmpty() ? QStringLiteral("Not recorded") : b.lawfulBasis},
                   {QStringLiteral("Special category condition"), orDash(b.specialCategoryCondition)},
                   {QStringLiteral("Parents or carers aware"), parents}});
    doc.heading(QStringLiteral("Consent"), 2);
    if (!b.consent) {
        doc.keyValues({{QStringLiteral("Consent"), QStringLiteral("Not recorded")}});
        return;
    }
    const ConsentDecision& c = *b.consent;
    std::vector<std::pair<QString, QString>> rows{
        {QStringLiteral("Consent"), consentOutcomeLabel(c.outcome)}};
    if (c.outcome != ConsentOutcome::NotSought) {
        rows.emplace_back(c.outcome == ConsentOutcome::Given ? QStringLiteral("Given by")
                                                             : QStringLiteral("Refused by"),
                          orDash(c.byWhom));
        rows.emplace_back(QStringLiteral("When"), date(c.when));
    }
    if (c.outcome == ConsentOutcome::NotSought || !c.reason.isEmpty())
        rows.emplace_back(c.outcome == ConsentOutcome::NotSought ? QStringLiteral("Why not sought")
                          : c.outcome == ConsentOutcome::Refused ? QStringLiteral("What was said")
                                                                 : QStringLiteral("Note"),
                          orDash(c.reason));
    doc.keyValues(std::move(rows));
}

void preflight(PrintDocument& doc, const ReferralPackContent& content,
               const QList<PreflightIssue>& overridden)
{
    doc.heading(h(Preflight));
    PrintTable t = table({QStringLiteral("What is missing"), QStringLiteral("Why we proceeded")}, {1, 1},
                         QStringLiteral("Nothing: every preflight check passed."));
    for (const PreflightIssue& issue : overridden) {
        QString reason;
        for (const PreflightOverride& o : content.request.overrides)
            if (o.code == issue.code)
                reason = o.reason;
        t.rows.push_back({issue.message, reason});
    }
    doc.table(std::move(t));
}

void attachments(PrintDocument& doc, const ReferralPackContent& content)
{
    doc.heading(h(Attachments));
    PrintTable t = table({QStringLiteral("File in pack"), QStringLiteral("Original name"),
                          QStringLiteral("Description"), QStringLiteral("SHA-256")},
                         {2, 3, 3, 4}, QStringLiteral("No attachments."));
    for (const PackAttachment& a : content.attachments)
        t.rows.push_back(
            {a.packPath, a.metadata.fileName, orDash(a.metadata.description), a.metadata.sha256});
    doc.table(std::move(t));
}

} // namespace

PrintDocument ReferralPackPrint::build(const ReferralPackContent& content,
                                       const QList<PreflightIssue>& overridden, const QString& packId)
{
    const ReferralPackRequest& request = content.request;
    PrintDocument doc;
    doc.title = QStringLiteral("Referral pack");
    doc.subtitle = content.pupil.legalName() + QStringLiteral(", born ") + date(content.pupil.dateOfBirth);
    doc.protectiveMarking = QStringLiteral("OFFICIAL-SENSITIVE");
    doc.producedAt = moment(content.producedAt);
    summary(doc, content, packId);
    child(doc, content);
    if (request.includes(ReferralSection::Family))
        family(doc, content);
    school(doc, content);
    reason(doc, content);
    if (request.includes(ReferralSection::Concerns))
        concerns(doc, content);
    if (request.includes(ReferralSection::Chronology))
        chronology(doc, content);
    if (request.includes(ReferralSection::Voice))
        voice(doc, content);
    if (request.includes(ReferralSection::ActionsTaken))
        actions(doc, content);
    if (request.includes(ReferralSection::AgenciesAndPlans))
        agencies(doc, content);
    if (request.includes(ReferralSection::Attendance) && request.attendance)
        attendance(doc, *request.attendance, request);
    basis(doc, request.basis);
    preflight(doc, content, overridden);
    if (request.includes(ReferralSection::Attachments))
        attachments(doc, content);
    return doc;
}

QStringList ReferralPackPrint::headings(const ReferralPackRequest& request)
{
    QStringList all{h(Summary), h(Child)};
    if (request.includes(ReferralSection::Family))
        all.append(h(Family));
    all << h(School) << h(Reason);
    if (request.includes(ReferralSection::Concerns))
        all.append(h(Concerns));
    if (request.includes(ReferralSection::Chronology))
        all.append(h(Chronology));
    if (request.includes(ReferralSection::Voice))
        all.append(h(Voice));
    if (request.includes(ReferralSection::ActionsTaken))
        all.append(h(Actions));
    if (request.includes(ReferralSection::AgenciesAndPlans))
        all.append(h(Agencies));
    if (request.includes(ReferralSection::Attendance) && request.attendance)
        all.append(h(Attendance));
    all << h(Basis) << h(Preflight);
    if (request.includes(ReferralSection::Attachments))
        all.append(h(Attachments));
    return all;
}

} // namespace lantern
