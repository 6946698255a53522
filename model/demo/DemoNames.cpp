#include "demo/DemoNames.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "reference/Csv.h"
#include "reference/ReferenceData.h"

#include <QFile>

namespace lantern::demo {

namespace {

// Names that belong to one sex rather than to a family.
const QStringList& femaleOnly()
{
    static const QStringList names{QStringLiteral("Begum"), QStringLiteral("Khatun"), QStringLiteral("Kaur")};
    return names;
}

const QStringList& maleOnly()
{
    static const QStringList names{QStringLiteral("Uddin"), QStringLiteral("Miah"), QStringLiteral("Singh")};
    return names;
}

bool isLenitable(QChar first, QChar second)
{
    const QChar lower = first.toLower();
    if (QStringLiteral("bcdfgmpt").contains(lower))
        return second.toLower() != QLatin1Char('h');
    // An s lenites before a vowel or l, n, r.
    return lower == QLatin1Char('s') && QStringLiteral("aeiouáéíóúlnr").contains(second.toLower());
}

// Irish lenition of the first letter: Briain → Bhriain, Súilleabháin → Shúilleabháin.
QString lenite(const QString& word)
{
    if (word.size() < 2 || !isLenitable(word.at(0), word.at(1)))
        return word;
    return word.left(1) + QLatin1Char('h') + word.mid(1);
}

QString delenite(const QString& word)
{
    if (word.size() < 3 || word.at(1) != QLatin1Char('h') ||
        !QStringLiteral("bcdfgmpst").contains(word.at(0).toLower()))
        return word;
    return word.left(1) + word.mid(2);
}

QString replaceEnding(const QString& name, const QString& ending, const QString& with)
{
    return name.left(name.size() - ending.size()) + with;
}

struct CultureFacts {
    const char* culture;
    int weight;
    bool english;
    const char* language;
    QList<WeightedCode> ethnicities;
};

const QList<CultureFacts>& cultures()
{
    static const QList<CultureFacts> facts{
        {"english",
         38,
         true,
         "",
         {{"WBRI", 55},
          {"WENG", 22},
          {"MWBC", 6},
          {"MWAS", 4},
          {"MWBA", 3},
          {"MOTH", 4},
          {"NOBT", 2},
          {"REFU", 1}}},
        {"irish", 2, true, "", {{"WIRI", 70}, {"WBRI", 25}, {"WIRT", 5}}},
        {"welsh", 1, true, "", {{"WWEL", 50}, {"WBRI", 50}}},
        {"scottish", 2, true, "", {{"WSCO", 50}, {"WBRI", 50}}},
        {"polish", 6, false, "Polish", {{"WEEU", 55}, {"WOTH", 45}}},
        {"romanian", 5, false, "Romanian", {{"WEEU", 55}, {"WOTH", 40}, {"WROR", 5}}},
        {"lithuanian", 2, false, "Lithuanian", {{"WEEU", 60}, {"WOTH", 40}}},
        {"ukrainian", 2, false, "Ukrainian", {{"WEEU", 60}, {"WOTH", 40}}},
        {"albanian", 1, false, "Albanian", {{"WALB", 70}, {"WKOS", 20}, {"WOTH", 10}}},
        {"vietnamese", 1, false, "Vietnamese", {{"OVIE", 75}, {"AOTH", 25}}},
        {"chinese", 2, false, "Mandarin", {{"CHNE", 65}, {"CHKC", 20}, {"MWCH", 15}}},
        {"pakistani", 8, false, "Urdu", {{"APKN", 55}, {"AMPK", 30}, {"AKPA", 15}}},
        {"bangladeshi", 5, false, "Bengali (Sylheti)", {{"ABAN", 100}}},
        {"indian", 5, false, "Punjabi", {{"AIND", 85}, {"MWAI", 15}}},
        {"tamil", 1, false, "Tamil", {{"ASLT", 80}, {"AOTH", 20}}},
        {"nepali", 1, false, "Nepali", {{"ANEP", 85}, {"AOTH", 15}}},
        {"afghan", 1, false, "Dari", {{"OAFG", 85}, {"OOTH", 15}}},
        {"arabic",
         3,
         false,
         "Arabic",
         {{"OARA", 45}, {"OIRQ", 15}, {"OLEB", 10}, {"OYEM", 10}, {"OEGY", 10}, {"OMRC", 10}}},
        {"kurdish", 1, false, "Kurdish (Sorani)", {{"OKRD", 80}, {"OOTH", 20}}},
        {"somali", 3, false, "Somali", {{"BSOM", 80}, {"BAFR", 20}}},
        {"eritrean", 1, false, "Tigrinya", {{"BAOF", 80}, {"BAFR", 20}}},
        {"nigerian", 4, true, "Yoruba", {{"BNGN", 65}, {"BAFR", 25}, {"MWBA", 10}}},
        {"ghanaian", 2, true, "Twi", {{"BGHA", 70}, {"BAFR", 30}}},
        {"caribbean", 3, true, "", {{"BCRB", 75}, {"MWBC", 25}}},
        {"turkish", 2, false, "Turkish", {{"WTUK", 60}, {"WTUR", 30}, {"WTUC", 10}}},
        {"portuguese", 2, false, "Portuguese", {{"WPOR", 80}, {"WOTH", 20}}},
        {"spanish", 1, false, "Spanish", {{"WWEU", 60}, {"WEUR", 40}}},
        {"filipino", 1, false, "Tagalog", {{"OFIL", 90}, {"AOTH", 10}}},
        {"roma", 1, false, "Romani", {{"WROM", 50}, {"WROG", 20}, {"WROR", 30}}},
    };
    return facts;
}

const CultureFacts* factsFor(const QString& culture)
{
    for (const CultureFacts& facts : cultures())
        if (culture == QLatin1String(facts.culture))
            return &facts;
    return nullptr;
}

} // namespace

const DemoNames& DemoNames::get()
{
    static const DemoNames names = [] {
        initReferenceData();
        QFile file(referenceDataPath(u"demo/names.csv"));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::Internal,
                        ModelText::tr("The demo names (demo/names.csv) are missing from this build."));
        try {
            return parse(QString::fromUtf8(file.readAll()));
        } catch (const Error& error) {
            throw Error(ErrorKind::Internal, error.message());
        }
    }();
    return names;
}

DemoNames DemoNames::parse(const QString& csvText)
{
    const QString source = QStringLiteral("demo/names.csv");
    const QList<CsvRecord> records = parseCsv(csvText, source);
    DemoNames names;
    for (const CsvRecord& record : records) {
        if (record.line == records.constFirst().line)
            continue; // the header
        if (record.fields.size() != 4)
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("%1, line %2: expected culture, sex, forename, surname.")
                            .arg(source)
                            .arg(record.line));
        const QString culture = record.fields.at(0).trimmed();
        const QString sex = record.fields.at(1).trimmed();
        const QString forename = record.fields.at(2).trimmed();
        const QString surname = record.fields.at(3).trimmed();
        if (culture.isEmpty() || forename.isEmpty() || surname.isEmpty() ||
            (sex != QLatin1String("F") && sex != QLatin1String("M")))
            throw Error(
                ErrorKind::InvalidInput,
                ModelText::tr(
                    "%1, line %2: every row needs a culture, a sex (F or M), a forename and a surname.")
                    .arg(source)
                    .arg(record.line));
        qsizetype index = -1;
        for (qsizetype i = 0; i < names.m_pools.size(); ++i)
            if (names.m_pools.at(i).culture == culture)
                index = i;
        if (index < 0) {
            names.m_pools.append(NamePool{culture, {}, {}, {}, {}, {}});
            index = names.m_pools.size() - 1;
        }
        NamePool& pool = names.m_pools[index];
        QStringList& forenames = sex == QLatin1String("F") ? pool.femaleForenames : pool.maleForenames;
        if (!forenames.contains(forename))
            forenames.append(forename);
        QStringList* surnames = &pool.familySurnames;
        QString kept = familySurname(culture, surname);
        if (femaleOnly().contains(surname)) {
            surnames = &pool.femaleOnlySurnames;
            kept = surname;
        } else if (maleOnly().contains(surname)) {
            surnames = &pool.maleOnlySurnames;
            kept = surname;
        }
        if (!surnames->contains(kept))
            surnames->append(kept);
    }
    for (const NamePool& pool : names.m_pools)
        if (pool.femaleForenames.isEmpty() || pool.maleForenames.isEmpty() || pool.familySurnames.isEmpty())
            throw Error(
                ErrorKind::InvalidInput,
                ModelText::tr("%1: the culture \"%2\" needs at least one girl's name, one boy's name and one "
                              "family surname.")
                    .arg(source, pool.culture));
    return names;
}

const NamePool* DemoNames::pool(const QString& culture) const
{
    for (const NamePool& pool : m_pools)
        if (pool.culture == culture)
            return &pool;
    return nullptr;
}

QString familySurname(const QString& culture, const QString& surname)
{
    if (culture == QLatin1String("polish")) {
        for (const char* ending : {"ska", "cka", "dzka"})
            if (surname.endsWith(QLatin1String(ending)))
                return replaceEnding(surname, QStringLiteral("a"), QStringLiteral("i"));
    } else if (culture == QLatin1String("lithuanian")) {
        const struct {
            const char* female;
            const char* male;
        } endings[] = {{"aitė", "as"}, {"iūtė", "ius"}, {"utė", "us"}, {"ytė", "ys"}, {"ienė", "as"}};
        for (const auto& ending : endings)
            if (surname.endsWith(QString::fromUtf8(ending.female)))
                return replaceEnding(surname, QString::fromUtf8(ending.female),
                                     QString::fromUtf8(ending.male));
    } else if (culture == QLatin1String("irish")) {
        if (surname.startsWith(QStringLiteral("Ní ")))
            return QStringLiteral("Ó ") + delenite(surname.mid(3));
        if (surname.startsWith(QStringLiteral("Nic ")))
            return QStringLiteral("Mac ") + delenite(surname.mid(4));
    }
    return surname;
}

QString surnameFor(const QString& culture, const QString& familyName, const QString& sex, bool married)
{
    if (sex != QLatin1String("F"))
        return familyName;
    if (culture == QLatin1String("polish")) {
        for (const char* ending : {"ski", "cki", "dzki"})
            if (familyName.endsWith(QLatin1String(ending)))
                return replaceEnding(familyName, QStringLiteral("i"), QStringLiteral("a"));
    } else if (culture == QLatin1String("lithuanian")) {
        const struct {
            const char* male;
            const char* daughter;
        } endings[] = {{"ius", "iūtė"}, {"as", "aitė"}, {"ys", "ytė"}, {"is", "ytė"}, {"us", "utė"}};
        for (const auto& ending : endings)
            if (familyName.endsWith(QLatin1String(ending.male)))
                return replaceEnding(familyName, QLatin1String(ending.male),
                                     married ? QStringLiteral("ienė") : QString::fromUtf8(ending.daughter));
    } else if (culture == QLatin1String("irish")) {
        // Married women are usually known by the English form in school letters; daughters by Ní / Nic.
        if (familyName.startsWith(QStringLiteral("Ó ")) && !married)
            return QStringLiteral("Ní ") + lenite(familyName.mid(2));
        if (familyName.startsWith(QStringLiteral("Mac ")) && !married) {
            const QString rest = familyName.mid(4);
            const bool keep = rest.startsWith(QLatin1Char('C')) || rest.startsWith(QLatin1Char('G'));
            return QStringLiteral("Nic ") + (keep ? rest : lenite(rest));
        }
    }
    return familyName;
}

QString emailLocalPart(const QString& forename, const QString& surname)
{
    QString name = forename + QLatin1Char('.') + surname;
    // Letters that do not decompose into a plain letter and an accent.
    name.replace(QStringLiteral("ł"), QStringLiteral("l")).replace(QStringLiteral("Ł"), QStringLiteral("L"));
    name.replace(QStringLiteral("đ"), QStringLiteral("d")).replace(QStringLiteral("Đ"), QStringLiteral("D"));
    name.replace(QStringLiteral("ı"), QStringLiteral("i"));
    QString local;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD))
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('.')))
            local.append(c.toLower());
    return local;
}

QList<WeightedCode> ethnicitiesFor(const QString& culture)
{
    if (const CultureFacts* facts = factsFor(culture))
        return facts->ethnicities;
    return {{"NOBT", 1}};
}

bool speaksEnglishAtHome(const QString& culture)
{
    const CultureFacts* facts = factsFor(culture);
    return facts && facts->english;
}

QString homeLanguage(const QString& culture)
{
    const CultureFacts* facts = factsFor(culture);
    return facts ? QString::fromUtf8(facts->language) : QString();
}

int cultureWeight(const QString& culture)
{
    const CultureFacts* facts = factsFor(culture);
    return facts ? facts->weight : 1;
}

} // namespace lantern::demo
