#include "import/CtfReader.h"

#include "core/ModelText.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace lantern {

namespace {

bool sameName(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Element names this reader knows, at Pupil level and in BasicDetails; anything else is listed as ignored.
const QStringList& knownPupilElements()
{
    static const QStringList names{
        QStringLiteral("UPN"), QStringLiteral("UniqueLearnerNumber"), QStringLiteral("UCI"),
        QStringLiteral("Surname"), QStringLiteral("Forename"), QStringLiteral("LegalSurname"),
        QStringLiteral("LegalForename"), QStringLiteral("DOB"), QStringLiteral("DateOfBirth"),
        QStringLiteral("Sex"), QStringLiteral("Gender"), QStringLiteral("BasicDetails"),
        QStringLiteral("FSMhistory"), QStringLiteral("LookedAfter"), QStringLiteral("SENhistory"),
        QStringLiteral("Address"), QStringLiteral("Phones"), QStringLiteral("Email"),
        QStringLiteral("Contacts"), QStringLiteral("StageAssessments"), QStringLiteral("SchoolHistory"),
        QStringLiteral("SuppInfo"), QStringLiteral("Admissions"), QStringLiteral("Attendance"),
        // BasicDetails
        QStringLiteral("FormerUPN"), QStringLiteral("PreferredSurname"), QStringLiteral("FormerSurname"),
        QStringLiteral("PreferredForename"), QStringLiteral("MiddleNames"), QStringLiteral("NCyearActual"),
        QStringLiteral("Ethnicity"), QStringLiteral("EthnicitySource"), QStringLiteral("Languages"),
        QStringLiteral("ServiceChild"), QStringLiteral("MedicalFlag"), QStringLiteral("Disabilities")};
    return names;
}

// Blocks with nothing for a safeguarding roster, often the bulk of a CTF: skipped without building a tree.
bool isSkippedBlock(QStringView name)
{
    static const QStringList names{QStringLiteral("StageAssessments"), QStringLiteral("SchoolHistory"),
                                   QStringLiteral("SuppInfo"), QStringLiteral("Attendance"),
                                   QStringLiteral("Admissions")};
    for (const QString& skipped : names) {
        if (sameName(name, skipped))
            return true;
    }
    return false;
}

// Contact relationship codes as the CTF writes them (ctf.md), in the words Lantern's contacts use.
QString relationshipLabel(const QString& code)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("PAM"), QStringLiteral("Mother")},
        {QStringLiteral("PAF"), QStringLiteral("Father")},
        {QStringLiteral("STM"), QStringLiteral("Step-mother")},
        {QStringLiteral("STF"), QStringLiteral("Step-father")},
        {QStringLiteral("FOM"), QStringLiteral("Foster mother")},
        {QStringLiteral("FOF"), QStringLiteral("Foster father")},
        {QStringLiteral("CAR"), QStringLiteral("Carer")},
        {QStringLiteral("FAM"), QStringLiteral("Other family member")},
        {QStringLiteral("REL"), QStringLiteral("Other relative")},
        {QStringLiteral("CHM"), QStringLiteral("Childminder")},
        {QStringLiteral("DOC"), QStringLiteral("Doctor")},
        {QStringLiteral("HTC"), QStringLiteral("Head teacher")},
        {QStringLiteral("TCH"), QStringLiteral("Teacher")},
        {QStringLiteral("SWR"), QStringLiteral("Social worker")},
        {QStringLiteral("RLG"), QStringLiteral("Religious or spiritual contact")},
        {QStringLiteral("OTH"), QStringLiteral("Other contact")},
    };
    const QString upper = code.trimmed().toUpper();
    return labels.value(upper, code.trimmed());
}

// "XXX", "MMM": CTF placeholders for "no authority", not an authority.
bool isPlaceholder(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == QLatin1Char('X') || c == QLatin1Char('M') || c == QLatin1Char('x') ||
               c == QLatin1Char('m');
    });
}

QString addressText(const CtfReader::Node& address)
{
    QStringList parts;
    if (const CtfReader::Node* bs = address.child(u"BS7666Address")) {
        const QString house = QStringList{bs->childText(u"PAON"), bs->childText(u"Street")}
                                  .filter(QRegularExpression(QStringLiteral(".")))
                                  .join(QLatin1Char(' '));
        for (const QString& part :
             {bs->childText(u"SAON"), house, bs->childText(u"Locality"), bs->childText(u"Town"),
              bs->childText(u"PostTown"), bs->childText(u"AdministrativeArea")}) {
            if (!part.isEmpty() && !parts.contains(part))
                parts.append(part);
        }
    }
    if (const CtfReader::Node* lines = address.child(u"AddressLines")) {
        for (const CtfReader::Node& line : lines->children) {
            if (!line.text.isEmpty())
                parts.append(line.text);
        }
    }
    const QString county = address.childText(u"County");
    if (!county.isEmpty())
        parts.append(county);
    return parts.join(QStringLiteral(", "));
}

} // namespace

const CtfReader::Node* CtfReader::Node::child(QStringView childName) const
{
    for (const Node& node : children) {
        if (sameName(node.name, childName))
            return &node;
    }
    return nullptr;
}

QList<const CtfReader::Node*> CtfReader::Node::all(QStringView childName) const
{
    QList<const Node*> found;
    for (const Node& node : children) {
        if (sameName(node.name, childName))
            found.append(&node);
    }
    return found;
}

QString CtfReader::Node::childText(QStringView childName) const
{
    const Node* node = child(childName);
    return node ? node->text : QString();
}

CtfReader::CtfReader(QIODevice& device, const QDate& today)
    : RosterReader(device, today)
{}

bool CtfReader::advance()
{
    for (;;) {
        m_xml.readNext();
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            const QByteArray chunk = m_input.read();
            if (!chunk.isEmpty()) {
                m_xml.addData(chunk);
                continue;
            }
            if (fatalProblem())
                return false;
            if (!m_input.atEnd())
                continue; // a chunk that was all byte-order mark
            if (!m_rootEnded)
                fail(m_xml.lineNumber(), m_sawRoot
                                             ? ModelText::tr("The file ends in the middle of the XML (line "
                                                             "%1): was it cut short?")
                                                   .arg(m_xml.lineNumber())
                                             : ModelText::tr("The file has no XML in it."));
            return false;
        }
        if (m_xml.hasError()) {
            fail(m_xml.lineNumber(), ModelText::tr("The file is not well-formed XML (line %1): %2.")
                                         .arg(m_xml.lineNumber())
                                         .arg(m_xml.errorString()));
            return false;
        }
        switch (m_xml.tokenType()) {
        case QXmlStreamReader::StartDocument: {
            const QString encoding = m_xml.documentEncoding().toString();
            if (!encoding.isEmpty() && encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0 &&
                encoding.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) != 0) {
                fail(m_xml.lineNumber(),
                     ModelText::tr("The file says it is encoded as %1, not UTF-8 (line %2): "
                                   "save it as UTF-8 from your MIS and import it again.")
                         .arg(encoding)
                         .arg(m_xml.lineNumber()));
                return false;
            }
            break;
        }
        case QXmlStreamReader::StartElement:
            m_sawRoot = true;
            ++m_depth;
            break;
        case QXmlStreamReader::EndElement:
            if (--m_depth == 0)
                m_rootEnded = true;
            break;
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
        return true;
    }
}

bool CtfReader::skipElement()
{
    const int depth = m_depth;
    while (advance()) {
        if (m_xml.tokenType() == QXmlStreamReader::EndElement && m_depth == depth - 1)
            return true;
    }
    return false;
}

bool CtfReader::readTree(Node& node, int depth, int& budget)
{
    node.name = m_xml.name().toString();
    node.line = m_xml.lineNumber();
    while (advance()) {
        switch (m_xml.tokenType()) {
        case QXmlStreamReader::StartElement: {
            if (isSkippedBlock(m_xml.name())) {
                if (!skipElement())
                    return false;
                break;
            }
            if (depth + 1 > maxDepth || --budget < 0) {
                fail(m_xml.lineNumber(),
                     ModelText::tr("Line %1: the <%2> element is nested too deeply or holds "
                                   "too much to be a pupil's record.")
                         .arg(node.line)
                         .arg(node.name));
                return false;
            }
            Node child;
            if (!readTree(child, depth + 1, budget))
                return false;
            node.children.append(std::move(child));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!m_xml.isWhitespace()) {
                node.text += m_xml.text();
                if (node.text.size() > maxTextLength) {
                    fail(m_xml.lineNumber(), ModelText::tr("Line %1: the text of <%2> is too long.")
                                                 .arg(node.line)
                                                 .arg(node.name));
                    return false;
                }
            }
            break;
        case QXmlStreamReader::EndElement:
            node.text = node.text.trimmed();
            return true;
        default:
            break;
        }
    }
    return false;
}

std::optional<RosterRecord> CtfReader::next()
{
    if (m_fatal)
        return std::nullopt;
    while (advance()) {
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_xml.name();
        if (m_depth == 1 && !sameName(name, u"CTfile"))
            note(QStringLiteral("The root element is <%1>, not <CTfile>; pupils were read by element name.")
                     .arg(name.toString()));
        if (sameName(name, u"Header") || sameName(name, u"Pupil")) {
            const bool isPupil = sameName(name, u"Pupil");
            Node node;
            int budget = maxElementsPerPupil;
            if (!readTree(node, 0, budget))
                return std::nullopt;
            if (isPupil)
                return mapPupil(node);
            readHeader(node);
        } else if (isSkippedBlock(name) && !skipElement()) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

void CtfReader::readHeader(const Node& header)
{
    m_header.version = header.childText(u"CTFversion");
    m_header.qualifier = header.childText(u"DocumentQualifier").toLower();
    m_header.supplier = header.childText(u"SupplierID");
    if (const Node* school = header.child(u"SourceSchool")) {
        m_header.schoolName = school->childText(u"SchoolName");
        m_header.sourceLa = school->childText(u"LEA");
        m_header.sourceEstab = school->childText(u"Estab");
    }
    // Read any version, warn on one not seen: element names have been stable across versions.
    bool ok = false;
    const double version = m_header.version.toDouble(&ok);
    if (!ok || version < 11 || version >= 30)
        note(QStringLiteral(
                 "CTF version \u201C%1\u201D is not one Lantern has seen (11 to 25); the file was read "
                 "by element names.")
                 .arg(m_header.version));
    if (m_header.qualifier == QLatin1String("partial"))
        note(QStringLiteral("The file says it is a partial transfer: it changes only the pupils it names."));
}

RosterRecord CtfReader::mapPupil(const Node& node)
{
    RosterRecord record;
    record.line = node.line;
    for (const Node& child : node.children) {
        if (!knownPupilElements().contains(child.name) && m_notes.size() < 50)
            note(QStringLiteral("Element <%1> is not imported.").arg(child.name));
    }
    mapBasics(node, record);
    mapHistories(node, record);
    mapContacts(node, record);
    return record;
}

void CtfReader::mapBasics(const Node& node, RosterRecord& record)
{
    Pupil& pupil = record.pupil;
    const Node* basics = node.child(u"BasicDetails");
    // Pupil level first (the DfE writer), then BasicDetails (older third-party writers).
    const auto find = [&](std::initializer_list<QStringView> names) -> const Node* {
        for (const Node* scope : {&node, basics}) {
            if (!scope)
                continue;
            for (QStringView name : names) {
                if (const Node* found = scope->child(name))
                    return found;
            }
        }
        return nullptr;
    };
    if (const Node* upn = node.child(u"UPN"))
        pupil.upn = upn->text;
    record.set("upn");
    if (const Node* surname = find({u"Surname", u"LegalSurname"})) {
        pupil.legalSurname = surname->text;
        record.set("legal_surname");
    }
    if (const Node* forename = find({u"Forename", u"LegalForename"})) {
        pupil.legalForename = forename->text;
        record.set("legal_forename");
    }
    if (const Node* dob = find({u"DOB", u"DateOfBirth"})) {
        const ParsedDate parsed = parseIsoDate(QStringLiteral("Date of birth"), dob->text);
        if (!parsed.problem.isEmpty())
            record.addProblem(dob->line, parsed.problem);
        pupil.dateOfBirth = parsed.date;
        record.set("date_of_birth");
    }
    if (const Node* sex = find({u"Sex", u"Gender"})) {
        pupil.sex = sex->text.toUpper();
        record.set("sex");
    }
    if (const Node* middle = find({u"MiddleNames"})) {
        pupil.legalMiddleNames = middle->text;
        record.set("legal_middle_names");
    }
    if (const Node* preferred = find({u"PreferredSurname"})) {
        pupil.preferredSurname = preferred->text;
        record.set("preferred_surname");
    }
    if (const Node* preferred = find({u"PreferredForename"})) {
        pupil.preferredForename = preferred->text;
        record.set("preferred_forename");
    }
    if (const Node* year = find({u"NCyearActual"})) {
        pupil.yearGroup = year->text.toUpper();
        record.set("year_group");
    }
    if (const Node* ethnicity = find({u"Ethnicity"})) {
        pupil.ethnicity = ethnicity->text.toUpper();
        record.set("ethnicity");
    }
    if (const Node* languages = find({u"Languages"})) {
        // The first language is the Type whose LanguageType is F; otherwise the first one given.
        QString first;
        for (const Node* type : languages->all(u"Type")) {
            const QString language = type->childText(u"Language").toUpper();
            if (first.isEmpty() || sameName(type->childText(u"LanguageType"), u"F")) {
                first = language;
                if (sameName(type->childText(u"LanguageType"), u"F"))
                    break;
            }
        }
        pupil.firstLanguage = first;
        record.set("first_language");
    }
}

void CtfReader::mapHistories(const Node& node, RosterRecord& record)
{
    Pupil& pupil = record.pupil;
    const auto date = [&record](const Node* parent, QStringView name, const QString& field) -> QDate {
        const Node* element = parent ? parent->child(name) : nullptr;
        if (!element || element->text.isEmpty())
            return {};
        const ParsedDate parsed = parseIsoDate(field, element->text);
        if (!parsed.problem.isEmpty())
            record.addProblem(element->line, parsed.problem);
        return parsed.date;
    };
    const auto flag = [&record](const Node* element, const QString& field) -> bool {
        if (!element)
            return false;
        const std::optional<bool> value = parseRosterBool(element->text);
        if (!value)
            record.addProblem(
                element->line,
                QStringLiteral("%1 \u201C%2\u201D is not true or false.").arg(field, element->text));
        return value.value_or(false);
    };

    if (const Node* fsm = node.child(u"FSMhistory")) {
        // Eligible now when a period has started and not yet ended.
        bool current = false;
        for (const Node* instance : fsm->all(u"FSMinstance")) {
            const QDate start = date(instance, u"FSMstartDate", QStringLiteral("FSM start date"));
            const QDate end = date(instance, u"FSMendDate", QStringLiteral("FSM end date"));
            if (start.isValid() && start <= m_today && (!end.isValid() || end >= m_today))
                current = true;
        }
        pupil.freeSchoolMeals = current;
        record.set("fsm");
    }
    if (const Node* lookedAfter = node.child(u"LookedAfter")) {
        pupil.lookedAfter = flag(lookedAfter->child(u"InCare"), QStringLiteral("InCare"));
        const QString authority = lookedAfter->childText(u"CareAuthority");
        pupil.responsibleAuthority = pupil.lookedAfter && !isPlaceholder(authority) ? authority : QString();
        record.set("looked_after");
        record.set("responsible_la");
    }
    if (const Node* sen = node.child(u"SENhistory")) {
        // The current provision is the one that started last.
        QDate latest;
        QString provision;
        for (const Node* entry : sen->all(u"SEN")) {
            const QDate start = date(entry, u"StartDate", QStringLiteral("SEN start date"));
            const QString code = entry->childText(u"SENprovision").toUpper();
            if (code.isEmpty())
                continue;
            if (provision.isEmpty() || !latest.isValid() || (start.isValid() && start >= latest)) {
                provision = code;
                latest = start;
            }
        }
        if (!provision.isEmpty()) {
            pupil.senStatus = provision;
            record.set("sen_status");
        }
        QList<std::pair<int, QString>> needs;
        if (const Node* needList = sen->child(u"SENneeds")) {
            for (const Node* need : needList->all(u"SENneed")) {
                date(need, u"NeedStartDate", QStringLiteral("SEN need start date"));
                const QDate end = date(need, u"NeedEndDate", QStringLiteral("SEN need end date"));
                const QString type = need->childText(u"SENtype").toUpper();
                if (type.isEmpty() || (end.isValid() && end < m_today))
                    continue;
                bool ok = false;
                const int rank = need->childText(u"SENtypeRank").toInt(&ok);
                needs.append({ok ? rank : 99, type});
            }
        }
        std::stable_sort(needs.begin(), needs.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        pupil.senNeedTypes.clear();
        for (const auto& need : needs) {
            if (!pupil.senNeedTypes.contains(need.second))
                pupil.senNeedTypes.append(need.second);
        }
        record.set("sen_need_types");
    }
    if (const Node* address = node.child(u"Address")) {
        pupil.address = addressText(*address);
        record.set("address");
        if (const Node* postcode = address->child(u"PostCode")) {
            pupil.postcode = postcode->text;
            record.set("postcode");
        }
    }
}

void CtfReader::mapContacts(const Node& node, RosterRecord& record)
{
    const Node* contacts = node.child(u"Contacts");
    if (!contacts)
        return;
    for (const Node* entry : contacts->all(u"Contact")) {
        Contact contact;
        contact.name = QStringList{entry->childText(u"Title"), entry->childText(u"Forename"),
                                   entry->childText(u"Surname")}
                           .filter(QRegularExpression(QStringLiteral(".")))
                           .join(QLatin1Char(' '));
        if (entry->childText(u"Forename").isEmpty() && entry->childText(u"Surname").isEmpty()) {
            record.addProblem(entry->line, QStringLiteral("The contact has no forename or surname."));
            continue;
        }
        const QString relationship = entry->childText(u"Relationship");
        contact.relationship =
            relationship.isEmpty() ? QStringLiteral("Not recorded") : relationshipLabel(relationship);
        if (const Node* responsibility = entry->child(u"Responsibility")) {
            const std::optional<bool> value = parseRosterBool(responsibility->text);
            if (!value)
                record.addProblem(
                    responsibility->line,
                    QStringLiteral("Contact responsibility \u201C%1\u201D is not true or false.")
                        .arg(responsibility->text));
            contact.parentalResponsibility = value.value_or(false);
        }
        if (const Node* address = entry->child(u"Address")) {
            contact.livesWithChild = parseRosterBool(address->childText(u"AddressAsPupil")).value_or(false);
            contact.address = contact.livesWithChild ? QString() : addressText(*address);
            const QString postcode = address->childText(u"PostCode");
            if (!postcode.isEmpty())
                contact.address += (contact.address.isEmpty() ? QString() : QStringLiteral(", ")) + postcode;
        }
        if (const Node* phones = entry->child(u"Phones")) {
            if (const Node* phone = phones->child(u"Phone"))
                contact.phone = phone->childText(u"PhoneNo");
        }
        contact.email = entry->childText(u"Email");
        if (!contact.email.isEmpty() &&
            (!contact.email.contains(QLatin1Char('@')) || contact.email.contains(QLatin1Char(' ')))) {
            record.addProblem(
                entry->line,
                QStringLiteral("Contact email \u201C%1\u201D is not an email address.").arg(contact.email));
        }
        bool ok = false;
        const int order = entry->childText(u"Order").toInt(&ok);
        contact.priority = ok && order >= 1 ? order : 1;
        record.contacts.append(contact);
    }
}

} // namespace lantern
