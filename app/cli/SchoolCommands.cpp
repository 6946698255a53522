// School commands: the school's details and its named safeguarding contacts, as exports show them.
#include "Command.h"
#include "core/Error.h"
#include "records/SchoolRepository.h"
#include "vault/Vault.h"

namespace lantern::cli {

namespace {

// An option left out keeps what is stored, so one detail can be corrected without retyping the rest.
void setIfGiven(const QCommandLineParser& parser, const char* name, QString& field)
{
    if (parser.isSet(QString::fromLatin1(name)))
        field = parser.value(QString::fromLatin1(name));
}

int schoolSet(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    SchoolRepository school(*vault);
    SchoolDetails details = school.details().value_or(SchoolDetails{});
    setIfGiven(parser, "name", details.name);
    setIfGiven(parser, "urn", details.urn);
    setIfGiven(parser, "la-code", details.laCode);
    setIfGiven(parser, "la-name", details.laName);
    setIfGiven(parser, "address", details.address);
    setIfGiven(parser, "phone", details.phone);
    setIfGiven(parser, "email", details.email);
    school.setDetails(details);
    context.out << "Saved the school's details.\n";
    return Success;
}

void printRow(QTextStream& out, const char* label, const QString& text)
{
    if (!text.isEmpty())
        out << "  " << QString(QString::fromLatin1(label) + QLatin1Char(':')).leftJustified(14)
            << QString(text).replace(QLatin1Char('\n'), QStringLiteral(", ")) << '\n';
}

int schoolShow(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    SchoolRepository school(*vault);
    const std::optional<SchoolDetails> details = school.details();
    if (!details) {
        context.out << "The school's details have not been set yet: use `lantern-cli school set`.\n";
    } else {
        context.out << details->name << '\n';
        printRow(context.out, "URN", details->urn);
        printRow(context.out, "LA", QString(details->laCode + QLatin1Char(' ') + details->laName).trimmed());
        printRow(context.out, "Address", details->address);
        printRow(context.out, "Phone", details->phone);
        printRow(context.out, "Email", details->email);
    }
    const QList<SafeguardingContact> contacts = school.safeguardingContacts();
    context.out << "Safeguarding contacts:" << (contacts.isEmpty() ? " none yet\n" : "\n");
    for (const SafeguardingContact& contact : contacts) {
        QStringList parts{contact.role == QLatin1String("dsl") ? QStringLiteral("DSL")
                                                               : QStringLiteral("Deputy DSL"),
                          contact.name};
        if (!contact.phone.isEmpty())
            parts.append(contact.phone);
        if (!contact.email.isEmpty())
            parts.append(contact.email);
        context.out << "  #" << contact.id << ' ' << parts.join(QStringLiteral(", ")) << '\n';
    }
    return Success;
}

int contactAdd(Context& context, const QCommandLineParser& parser)
{
    SafeguardingContact contact;
    contact.role = requiredOption(parser, QStringLiteral("role"));
    contact.name = requiredOption(parser, QStringLiteral("name"));
    contact.phone = parser.value(QStringLiteral("phone"));
    contact.email = parser.value(QStringLiteral("email"));
    auto vault = unlockAs(context, parser);
    const qint64 id = SchoolRepository(*vault).addSafeguardingContact(contact);
    context.out << "Added " << contact.name.simplified() << " as a safeguarding contact (#" << id << ").\n";
    return Success;
}

int contactDeactivate(Context& context, const QCommandLineParser& parser)
{
    const QString text = requiredOption(parser, QStringLiteral("id"));
    bool ok = false;
    const qint64 id = QString(text).remove(QLatin1Char('#')).toLongLong(&ok);
    if (!ok)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--id \u201C%1\u201D is not a contact number.").arg(text));
    auto vault = unlockAs(context, parser);
    SchoolRepository(*vault).deactivateSafeguardingContact(id);
    context.out << "Safeguarding contact #" << id << " is no longer listed.\n";
    return Success;
}

const CommandGroup group([](CommandRegistry& registry) {
    registry.add({{QStringLiteral("school"), QStringLiteral("set")},
                  QStringLiteral("Set the school's details (options left out keep their value)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("name", "The school's name.", "NAME"));
                      p.addOption(option("urn", "Unique reference number (6 digits).", "URN"));
                      p.addOption(option("la-code", "Local authority number (3 digits).", "CODE"));
                      p.addOption(option("la-name", "Local authority name.", "NAME"));
                      p.addOption(option("address", "Postal address.", "ADDRESS"));
                      p.addOption(option("phone", "Phone number.", "PHONE"));
                      p.addOption(option("email", "Email address.", "EMAIL"));
                  },
                  schoolSet});
    registry.add({{QStringLiteral("school"), QStringLiteral("show")},
                  QStringLiteral("Show the school's details and safeguarding contacts."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) { p.addOption(asOption()); },
                  schoolShow});
    registry.add({{QStringLiteral("school"), QStringLiteral("contact"), QStringLiteral("add")},
                  QStringLiteral("Name a DSL or deputy for exports and receiving teams."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("role", "dsl or deputy.", "ROLE"));
                      p.addOption(option("name", "Their name.", "NAME"));
                      p.addOption(option("phone", "Phone number.", "PHONE"));
                      p.addOption(option("email", "Email address.", "EMAIL"));
                  },
                  contactAdd});
    registry.add({{QStringLiteral("school"), QStringLiteral("contact"), QStringLiteral("deactivate")},
                  QStringLiteral("Stop listing a safeguarding contact who has left the role."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("id", "The contact's number, as school show lists it.", "ID"));
                  },
                  contactDeactivate});
});

} // namespace

} // namespace lantern::cli
