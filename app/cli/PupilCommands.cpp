// Pupil commands: the roll, one pupil's record, contacts and links between children.
#include "Command.h"
#include "core/Error.h"
#include "records/PupilRepository.h"
#include "reference/CodeList.h"
#include "reference/NhsNumber.h"
#include "reference/Upn.h"
#include "text/TextServices.h"
#include "vault/Vault.h"

namespace lantern::cli {

namespace {

// --pupil takes a UPN, or "#ID" for a pupil without one (the list shows it that way).
std::optional<qint64> idFromHash(const QString& text)
{
    if (!text.startsWith(QLatin1Char('#')))
        return std::nullopt;
    bool ok = false;
    const qint64 id = text.mid(1).toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--pupil \u201C%1\u201D is neither a UPN nor #ID.").arg(text));
    return id;
}

qint64 pupilIdFor(PupilRepository& pupils, const QString& text)
{
    if (const std::optional<qint64> id = idFromHash(text))
        return *id;
    if (const std::optional<qint64> id = pupils.idForUpn(text))
        return *id;
    throw Error(ErrorKind::NotFound,
                QStringLiteral("No pupil on the roll has UPN %1.").arg(normalizeUpn(text)));
}

QString shownUpn(const Pupil& pupil)
{
    return pupil.upn.isEmpty() ? QLatin1Char('#') + QString::number(pupil.id) : pupil.upn;
}

QString listName(const Pupil& pupil)
{
    const QString surname = pupil.preferredSurname.isEmpty() ? pupil.legalSurname : pupil.preferredSurname;
    const QString forename =
        pupil.preferredForename.isEmpty() ? pupil.legalForename : pupil.preferredForename;
    return surname + QStringLiteral(", ") + forename;
}

QString withLabel(const char* list, const QString& code)
{
    const QString label = CodeList::get(QString::fromLatin1(list)).label(code);
    return label.isEmpty() ? code : code + QStringLiteral(" (") + label + QLatin1Char(')');
}

int pupilAdd(Context& context, const QCommandLineParser& parser)
{
    Pupil pupil;
    pupil.upn = optionValue(parser, "upn");
    pupil.upnUnknownReason = optionValue(parser, "upn-unknown-reason");
    pupil.legalForename = requiredOption(parser, QStringLiteral("forename"));
    pupil.legalSurname = requiredOption(parser, QStringLiteral("surname"));
    pupil.legalMiddleNames = optionValue(parser, "middle-names");
    pupil.preferredForename = optionValue(parser, "preferred-forename");
    pupil.preferredSurname = optionValue(parser, "preferred-surname");
    pupil.dateOfBirth = requiredDateOption(parser, "dob", QStringLiteral("Date of birth"));
    pupil.sex = requiredOption(parser, QStringLiteral("sex"));
    if (isOptionSet(parser, "ethnicity"))
        pupil.ethnicity = optionValue(parser, "ethnicity");
    pupil.nhsNumber = optionValue(parser, "nhs");
    pupil.firstLanguage = optionValue(parser, "first-language");
    pupil.yearGroup = optionValue(parser, "year");
    pupil.registrationGroup = optionValue(parser, "reg");
    if (isOptionSet(parser, "sen"))
        pupil.senStatus = optionValue(parser, "sen");
    pupil.freeSchoolMeals = isOptionSet(parser, "fsm");
    pupil.lookedAfter = isOptionSet(parser, "looked-after");
    pupil.childInNeed = isOptionSet(parser, "cin");
    pupil.childProtectionPlan = isOptionSet(parser, "cp-plan");
    pupil.familyHelp = isOptionSet(parser, "family-help");
    pupil.admissionDate = dateOption(parser, "admitted", QStringLiteral("Admission date"));

    auto vault = unlockAs(context, parser);
    PupilRepository pupils(*vault);
    const qint64 id = pupils.add(pupil);
    const QString upn = normalizeUpn(pupil.upn);
    context.out << "Added " << pupil.legalForename.simplified() << ' ' << pupil.legalSurname.simplified()
                << " to the roll ("
                << (upn.isEmpty() ? QStringLiteral("no UPN, #") + QString::number(id)
                                  : QStringLiteral("UPN ") + upn)
                << ").\n";
    return Success;
}

int pupilList(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    PupilRepository pupils(*vault);
    const QString query = optionValue(parser, "search");
    const QList<Pupil> found = query.trimmed().isEmpty() ? pupils.list() : pupils.search(query);
    if (found.isEmpty()) {
        context.out << (query.trimmed().isEmpty() ? "No pupils are on the roll yet.\n"
                                                  : "No pupil's name or UPN matches that search.\n");
        return Success;
    }
    context.out << QStringLiteral("UPN").leftJustified(15) << QStringLiteral("Name").leftJustified(32)
                << QStringLiteral("Born").leftJustified(12) << QStringLiteral("Year").leftJustified(6)
                << "Flags\n";
    for (const Pupil& pupil : found) {
        QStringList flags = pupil.flags();
        if (pupil.leavingDate)
            flags.append(QStringLiteral("left ") + TextServices::formatDateShort(*pupil.leavingDate));
        const QString line = shownUpn(pupil).leftJustified(15) + listName(pupil).leftJustified(31) +
                             QLatin1Char(' ') +
                             TextServices::formatDateShort(pupil.dateOfBirth).leftJustified(12) +
                             pupil.yearGroup.leftJustified(6) + flags.join(QLatin1Char(' '));
        context.out << line.trimmed() << '\n';
    }
    context.out << found.size() << (found.size() == 1 ? " pupil.\n" : " pupils.\n");
    return Success;
}

void printRow(QTextStream& out, const QString& label, const QString& text)
{
    if (!text.isEmpty())
        out << "  " << QString(label + QLatin1Char(':')).leftJustified(22) << text << '\n';
}

int pupilShow(Context& context, const QCommandLineParser& parser)
{
    const QString which = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    PupilRepository pupils(*vault);
    const std::optional<qint64> byId = idFromHash(which);
    const std::optional<Pupil> found = byId ? pupils.find(*byId) : pupils.findByUpn(which);
    if (!found)
        throw Error(ErrorKind::NotFound,
                    byId ? QStringLiteral("No pupil on the roll is %1.").arg(which)
                         : QStringLiteral("No pupil on the roll has UPN %1.").arg(normalizeUpn(which)));
    const Pupil& pupil = *found;
    QTextStream& out = context.out;
    out << pupil.displayName() << '\n';
    printRow(out, QStringLiteral("Legal name"), pupil.legalName());
    printRow(out, QStringLiteral("UPN"),
             pupil.upn.isEmpty()
                 ? QStringLiteral("unknown: ") + withLabel("upn-unknown-reason", pupil.upnUnknownReason)
                 : pupil.upn);
    printRow(out, QStringLiteral("NHS number"), formatNhsNumber(pupil.nhsNumber));
    printRow(out, QStringLiteral("Date of birth"), TextServices::formatDate(pupil.dateOfBirth));
    printRow(out, QStringLiteral("Sex"), withLabel("sex", pupil.sex));
    printRow(out, QStringLiteral("Ethnicity"),
             CodeList::get(QStringLiteral("ethnicity-main")).contains(pupil.ethnicity)
                 ? withLabel("ethnicity-main", pupil.ethnicity)
                 : withLabel("ethnicity-extended", pupil.ethnicity));
    printRow(out, QStringLiteral("First language"), pupil.firstLanguage);
    printRow(out, QStringLiteral("Year"), pupil.yearGroup);
    printRow(out, QStringLiteral("Registration group"), pupil.registrationGroup);
    printRow(out, QStringLiteral("SEN"), withLabel("sen-provision", pupil.senStatus));
    printRow(out, QStringLiteral("Free school meals"),
             pupil.freeSchoolMeals ? QStringLiteral("yes") : QString());
    printRow(out, QStringLiteral("Young carer"),
             pupil.youngCarer == QLatin1String("N") ? QString() : withLabel("young-carer", pupil.youngCarer));
    printRow(out, QStringLiteral("Kinship care"),
             pupil.kinshipCare == QLatin1String("ND") ? QString()
                                                      : withLabel("kinship-care", pupil.kinshipCare));
    printRow(out, QStringLiteral("Looked after by"),
             pupil.lookedAfter ? pupil.responsibleAuthority : QString());
    printRow(out, QStringLiteral("Flags"), pupil.flags().join(QLatin1Char(' ')));
    if (pupil.admissionDate)
        printRow(out, QStringLiteral("Admitted"), TextServices::formatDate(*pupil.admissionDate));
    if (pupil.leavingDate)
        printRow(out, QStringLiteral("Left"), TextServices::formatDate(*pupil.leavingDate));

    const QList<Contact> contacts = pupils.contacts(pupil.id);
    out << "Contacts:" << (contacts.isEmpty() ? " none recorded\n" : "\n");
    for (const Contact& contact : contacts) {
        QStringList parts{contact.name + QStringLiteral(" (") + contact.relationship + QLatin1Char(')')};
        if (contact.parentalResponsibility)
            parts.append(QStringLiteral("parental responsibility"));
        if (contact.livesWithChild)
            parts.append(QStringLiteral("lives with the child"));
        if (!contact.phone.isEmpty())
            parts.append(contact.phone);
        if (!contact.email.isEmpty())
            parts.append(contact.email);
        out << "  " << parts.join(QStringLiteral("; ")) << '\n';
    }
    const QList<LinkedPupil> linked = pupils.siblings(pupil.id);
    out << "Linked children:" << (linked.isEmpty() ? " none recorded\n" : "\n");
    for (const LinkedPupil& other : linked)
        out << "  " << other.link.relationship << ": " << other.pupil.displayName() << " ("
            << shownUpn(other.pupil) << ")\n";
    return Success;
}

int contactAdd(Context& context, const QCommandLineParser& parser)
{
    const QString which = requiredOption(parser, QStringLiteral("pupil"));
    Contact contact;
    contact.name = requiredOption(parser, QStringLiteral("name"));
    contact.relationship = requiredOption(parser, QStringLiteral("relationship"));
    contact.parentalResponsibility = isOptionSet(parser, "parental-responsibility");
    contact.livesWithChild = isOptionSet(parser, "lives-with");
    contact.phone = optionValue(parser, "phone");
    contact.email = optionValue(parser, "email");
    auto vault = unlockAs(context, parser);
    PupilRepository pupils(*vault);
    contact.pupilId = pupilIdFor(pupils, which);
    pupils.addContact(contact);
    context.out << "Added " << contact.name.simplified() << " as a contact.\n";
    return Success;
}

int pupilLink(Context& context, const QCommandLineParser& parser)
{
    const QString first = requiredOption(parser, QStringLiteral("pupil"));
    const QString second = requiredOption(parser, QStringLiteral("with"));
    const QString relationship =
        isOptionSet(parser, "relationship") ? optionValue(parser, "relationship") : QStringLiteral("sibling");
    auto vault = unlockAs(context, parser);
    PupilRepository pupils(*vault);
    pupils.linkPupils(pupilIdFor(pupils, first), pupilIdFor(pupils, second), relationship);
    context.out << "Linked the two pupils (" << relationship.trimmed().toLower() << ").\n";
    return Success;
}

const CommandGroup group([](CommandRegistry& registry) {
    registry.add(
        {{QStringLiteral("pupil"), QStringLiteral("add")},
         QStringLiteral("Add a pupil to the roll."),
         QStringLiteral("VAULT"),
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("upn", "Unique pupil number (13 characters, check letter first).", "UPN"));
             p.addOption(option("upn-unknown-reason", "Why there is no UPN (UN1-UN10).", "CODE"));
             p.addOption(option("forename", "Legal forename.", "NAME"));
             p.addOption(option("middle-names", "Legal middle names.", "NAMES"));
             p.addOption(option("surname", "Legal surname.", "NAME"));
             p.addOption(option("preferred-forename", "The forename the child uses.", "NAME"));
             p.addOption(option("preferred-surname", "The surname the child uses.", "NAME"));
             p.addOption(option("dob", "Date of birth.", "YYYY-MM-DD"));
             p.addOption(option("sex", "DfE sex code: M, F or U.", "CODE"));
             p.addOption(option("ethnicity", "DfE ethnicity code (default NOBT, not obtained).", "CODE"));
             p.addOption(option("nhs", "NHS number (10 digits).", "NUMBER"));
             p.addOption(option("first-language", "First language code.", "CODE"));
             p.addOption(option("year", "Year group.", "YEAR"));
             p.addOption(option("reg", "Registration group.", "GROUP"));
             p.addOption(option("sen", "SEN status: N, K (SEN support) or E (EHC plan).", "CODE"));
             p.addOption(option("admitted", "Admission date.", "YYYY-MM-DD"));
             p.addOption(option("fsm", "Eligible for free school meals."));
             p.addOption(option("looked-after", "Looked after by a local authority."));
             p.addOption(option("cin", "A child in need."));
             p.addOption(option("cp-plan", "On a child protection plan."));
             p.addOption(option("family-help", "Receiving family help."));
         },
         pupilAdd});
    registry.add({{QStringLiteral("pupil"), QStringLiteral("list")},
                  QStringLiteral("List the roll, or the pupils a search finds."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(
                          option("search", "Words from a name or UPN (case and accents ignored).", "TEXT"));
                  },
                  pupilList});
    registry.add({{QStringLiteral("pupil"), QStringLiteral("show")},
                  QStringLiteral("Show a pupil's details, contacts and linked children (audited)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("pupil", "The pupil's UPN, or #ID for a pupil without one.", "UPN"));
                  },
                  pupilShow});
    registry.add({{QStringLiteral("pupil"), QStringLiteral("contact"), QStringLiteral("add")},
                  QStringLiteral("Add a family member or carer to a pupil's contacts."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("pupil", "The pupil's UPN, or #ID.", "UPN"));
                      p.addOption(option("name", "The contact's name.", "NAME"));
                      p.addOption(option("relationship",
                                         "To the child: Mother, Grandfather, Foster carer, ...",
                                         "RELATIONSHIP"));
                      p.addOption(option("parental-responsibility", "Has parental responsibility."));
                      p.addOption(option("lives-with", "The child lives with them."));
                      p.addOption(option("phone", "Phone number.", "PHONE"));
                      p.addOption(option("email", "Email address.", "EMAIL"));
                  },
                  contactAdd});
    registry.add({{QStringLiteral("pupil"), QStringLiteral("link")},
                  QStringLiteral("Link two pupils as siblings or other related children."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("pupil", "One pupil's UPN, or #ID.", "UPN"));
                      p.addOption(option("with", "The other pupil's UPN, or #ID.", "UPN"));
                      p.addOption(option("relationship",
                                         "sibling (default), half-sibling, step-sibling, cousin or other.",
                                         "RELATIONSHIP"));
                  },
                  pupilLink});
});

} // namespace

} // namespace lantern::cli
