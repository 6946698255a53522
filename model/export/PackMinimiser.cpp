#include "export/PackMinimiser.h"

#include "calendar/UkTime.h"
#include "core/Error.h"
#include "core/ModelText.h"

#include <QRegularExpression>
#include <algorithm>

namespace lantern {

namespace {

QString roleToken(ChildRole role, const QString& yearGroup, bool withRole)
{
    QString token = ModelText::tr("another child");
    if (withRole && role == ChildRole::Witness)
        token += ModelText::tr(", a witness");
    else if (withRole && role == ChildRole::AllegedHarmer)
        token += ModelText::tr(", said to have caused harm");
    if (!yearGroup.trimmed().isEmpty())
        token += QStringLiteral(", ") + yearGroupLabel(yearGroup);
    return QLatin1Char('[') + token + QLatin1Char(']');
}

QStringList ownNames(const Pupil& pupil)
{
    QStringList names;
    for (const QString& part : {pupil.legalForename, pupil.legalMiddleNames, pupil.legalSurname,
                                pupil.preferredForename, pupil.preferredSurname})
        names += part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return names;
}

// One pattern for every name of another child, case- and accent-exact, whole words only. A name this child is
// known by too (a brother's surname) is only matched as part of a fuller name, so the child's own name stays.
// Invalid (matching nothing) when nothing of the other child's name can be searched for safely.
QRegularExpression namePattern(const ConcernChild& other, const QStringList& ownNames)
{
    QStringList variants;
    const QStringList& names = other.namesKnownBy;
    // Every forename with every later name ("Sam Smith", "Sam Lee Smith"), then the names alone.
    for (qsizetype first = 0; first < names.size(); ++first)
        for (qsizetype last = first + 1; last < names.size(); ++last)
            variants.append(names.at(first) + QLatin1Char(' ') + names.at(last));
    if (!other.displayName.trimmed().isEmpty())
        variants.append(other.displayName.trimmed());
    for (const QString& name : names) {
        const bool ownToo = std::any_of(ownNames.cbegin(), ownNames.cend(), [&name](const QString& own) {
            return own.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!ownToo && name.size() >= 2)
            variants.append(name);
    }
    // Longest first, so that "Sam Lee Smith" is replaced whole rather than as three tokens.
    std::sort(variants.begin(), variants.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    variants.removeDuplicates();
    if (variants.isEmpty())
        return {};
    QStringList patterns;
    for (const QString& variant : variants)
        patterns.append(
            QRegularExpression::escape(variant).replace(QStringLiteral("\\ "), QStringLiteral("\\s+")));
    QRegularExpression pattern(
        QStringLiteral("\\b(?:") + patterns.join(QLatin1Char('|')) + QStringLiteral(")\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    pattern.optimize(); // compiled once here; the copies the redactors hold share it
    return pattern;
}

QList<ConcernChild> othersIn(const Concern& concern, qint64 pupilId)
{
    QList<ConcernChild> others;
    for (const ConcernChild& child : concern.current.children)
        if (child.pupilId != pupilId)
            others.append(child);
    return others;
}

// Every other child of the period's concerns, by pupil id, with their names' pattern: built once per pack.
struct OtherChildren {
    QList<qint64> order; // first named first
    QHash<qint64, ConcernChild> child;
    QHash<qint64, QRegularExpression> pattern;

    explicit OtherChildren(const ReferralPackContent& content)
    {
        const QStringList own = ownNames(content.pupil);
        for (const PackConcern& packed : content.concerns)
            for (const ConcernChild& other : othersIn(packed.concern, content.pupil.id)) {
                if (child.contains(other.pupilId))
                    continue;
                order.append(other.pupilId);
                child.insert(other.pupilId, other);
                pattern.insert(other.pupilId, namePattern(other, own));
            }
    }
};

// Finds the names of other children in free text and puts a token in their place.
class NameRedactor {
public:
    void add(const QRegularExpression& pattern, const QString& token)
    {
        if (pattern.isValid() && !pattern.pattern().isEmpty())
            m_rules.append({pattern, token});
    }

    // Replaces in place; true when anything was replaced.
    bool redact(QString& text) const
    {
        bool changed = false;
        for (const Rule& rule : m_rules) {
            if (!text.contains(rule.pattern))
                continue;
            text.replace(rule.pattern, rule.token);
            changed = true;
        }
        return changed;
    }

    bool mentions(const QString& text) const
    {
        return std::any_of(m_rules.cbegin(), m_rules.cend(),
                           [&text](const Rule& rule) { return text.contains(rule.pattern); });
    }

private:
    struct Rule {
        QRegularExpression pattern;
        QString token;
    };
    QList<Rule> m_rules;
};

// Every other child of the period, without their role: for the items that are not a concern.
NameRedactor periodRedactor(const OtherChildren& others)
{
    NameRedactor redactor;
    for (const qint64 id : others.order) {
        const ConcernChild& other = others.child.value(id);
        redactor.add(others.pattern.value(id), roleToken(other.role, other.yearGroup, false));
    }
    return redactor;
}

// The other children of one concern with their part in it, then everyone else of the period.
NameRedactor concernRedactor(const OtherChildren& others, const Concern& concern, qint64 pupilId)
{
    NameRedactor redactor;
    for (const ConcernChild& other : othersIn(concern, pupilId))
        redactor.add(others.pattern.value(other.pupilId), roleToken(other.role, other.yearGroup, true));
    for (const qint64 id : others.order) {
        const ConcernChild& other = others.child.value(id);
        redactor.add(others.pattern.value(id), roleToken(other.role, other.yearGroup, false));
    }
    return redactor;
}

bool redactAll(const NameRedactor& redactor, std::initializer_list<QString*> texts)
{
    bool changed = false;
    for (QString* text : texts)
        changed = redactor.redact(*text) || changed;
    return changed;
}

QString oneLine(QString text, int length = 90)
{
    text = text.simplified();
    return text.size() > length ? text.left(length - 1) + QChar(0x2026) : text;
}

const PackConcern* concernById(const ReferralPackContent& content, qint64 id)
{
    for (const PackConcern& packed : content.concerns)
        if (packed.concern.id == id)
            return &packed;
    return nullptr;
}

// The concern a chronology entry was placed by (directly, or through one of its decisions).
const PackConcern* sourceConcern(const ReferralPackContent& content, const ChronologyEntry& entry)
{
    if (!entry.sourceId)
        return nullptr;
    if (entry.sourceType == QLatin1String("concern"))
        return concernById(content, *entry.sourceId);
    if (entry.sourceType == QLatin1String("decision"))
        for (const PackConcern& packed : content.concerns)
            for (const Decision& decision : packed.decisions)
                if (decision.id == *entry.sourceId)
                    return &packed;
    return nullptr;
}

PackItem concernItem(const ReferralPackContent& content, const PackConcern& packed,
                     const NameRedactor& period)
{
    const ConcernVersion& current = packed.concern.current;
    PackItem item;
    item.ref = {PackItemKind::Concern, packed.concern.id};
    item.when = current.occurred;
    item.role = packed.role;
    item.description = oneLine(current.account);
    item.namesOtherChildren = current.children.size() > 1 || period.mentions(current.account);
    item.includedByDefault = packed.role == ChildRole::Subject;
    Q_UNUSED(content);
    return item;
}

QList<PackItem> listed(const ReferralPackContent& content)
{
    const NameRedactor period = periodRedactor(OtherChildren(content));
    QList<PackItem> items;
    for (const PackConcern& packed : content.concerns)
        items.append(concernItem(content, packed, period));
    for (const PackConcern& packed : content.concerns)
        for (const Decision& decision : packed.decisions) {
            PackItem item;
            item.ref = {PackItemKind::Decision, decision.id};
            item.when = PartialDate::minute(toUkLocal(decision.current.decidedAt));
            item.role = packed.role;
            item.description = oneLine(decisionOutcomeLabel(decision.current.outcome) + QStringLiteral(": ") +
                                       decision.current.reasons);
            item.mayInclude = packed.role == ChildRole::Subject;
            item.includedByDefault = item.mayInclude;
            item.namesOtherChildren = period.mentions(decision.current.reasons);
            items.append(item);
        }
    for (const VoiceEntry& entry : content.voice) {
        PackItem item;
        item.ref = {PackItemKind::Voice, entry.id};
        item.when = entry.current().content.captured;
        item.description = oneLine(entry.current().content.words);
        item.includedByDefault = true;
        item.namesOtherChildren = period.mentions(entry.current().content.words);
        items.append(item);
    }
    for (const ChronologyEntry& entry : content.chronology) {
        PackItem item;
        item.ref = {PackItemKind::Chronology, entry.id};
        item.when = entry.when;
        item.description = oneLine(entry.summary);
        if (const PackConcern* source = sourceConcern(content, entry))
            item.role = source->role;
        item.includedByDefault = !item.role || *item.role == ChildRole::Subject;
        item.namesOtherChildren = period.mentions(entry.summary) || period.mentions(entry.childWords);
        items.append(item);
    }
    return items;
}

void applyChoices(QList<PackItem>& items, const ReferralPackContent& content)
{
    const ReferralPackRequest& request = content.request;
    for (PackItem& item : items)
        item.included = item.includedByDefault;
    const auto find = [&items](const PackItemRef& ref) -> PackItem& {
        for (PackItem& item : items)
            if (item.ref == ref)
                return item;
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("%1 is not an item of this child's record in the period; list them with "
                                  "--list-items.")
                        .arg(ref.key()));
    };
    for (const PackItemRef& ref : request.include) {
        PackItem& item = find(ref);
        if (!item.mayInclude)
            throw Error(
                ErrorKind::InvalidInput,
                ModelText::tr("%1 is a decision about a concern in which this child is not the subject: "
                              "it is another child's and cannot go in this child's pack.")
                    .arg(ref.key()));
        item.included = true;
    }
    for (const PackItemRef& ref : request.leaveOut)
        find(ref).included = false;
    // A decision goes with its concern: without it, the receiving team could not tell what was decided about.
    for (const PackConcern& packed : content.concerns) {
        if (find({PackItemKind::Concern, packed.concern.id}).included)
            continue;
        for (const Decision& decision : packed.decisions) {
            const PackItemRef ref{PackItemKind::Decision, decision.id};
            if (request.include.contains(ref))
                throw Error(ErrorKind::InvalidInput,
                            ModelText::tr("%1 is a decision about %2, which is left out: include the concern "
                                          "too, or leave the decision out.")
                                .arg(ref.key(), PackItemRef{PackItemKind::Concern, packed.concern.id}.key()));
            find(ref).included = false;
        }
    }
}

bool isIncluded(const QList<PackItem>& items, PackItemKind kind, qint64 id)
{
    for (const PackItem& item : items)
        if (item.ref == PackItemRef{kind, id})
            return item.included;
    return false;
}

void redactConcern(PackConcern& packed, const NameRedactor& redactor, qint64 pupilId, bool& redacted)
{
    ConcernVersion& current = packed.concern.current;
    redacted = redactAll(redactor, {&current.account, &current.childWords, &current.immediateAction,
                                    &current.location, &current.amendReason});
    for (BodyMapMark& mark : current.bodyMap)
        redacted = redactor.redact(mark.note) || redacted;
    for (ConcernChild& child : current.children) {
        if (child.pupilId == pupilId)
            continue;
        child = ConcernChild{0, child.role, roleToken(child.role, child.yearGroup, true), {}, {}, {}};
        redacted = true;
    }
    if (packed.role != ChildRole::Subject) {
        // Another child's harm, not this child's: neither its categories nor the marks of their injuries.
        current.categoryIds.clear();
        current.bodyMap.clear();
    }
    packed.concern.history = {current};
    for (ConcernStatusChange& change : packed.concern.statusHistory)
        redactor.redact(change.note);
}

} // namespace

QList<PackItem> PackMinimiser::items(const ReferralPackContent& full)
{
    QList<PackItem> items = listed(full);
    applyChoices(items, full);
    return items;
}

void PackMinimiser::apply(ReferralPackContent& content)
{
    const QList<PackItem> items = PackMinimiser::items(content);
    const OtherChildren others(content);
    const NameRedactor period = periodRedactor(others);
    PackMinimisation& m = content.minimisation;
    m = PackMinimisation{};
    m.listed = int(items.size());
    const auto keep = [&m, &items](PackItemKind kind, qint64 id, int& leftOutCount) {
        if (isIncluded(items, kind, id)) {
            m.includedKeys.append(PackItemRef{kind, id}.key());
            return true;
        }
        ++leftOutCount;
        return false;
    };
    const auto noteRedacted = [&m](PackItemKind kind, qint64 id, bool redacted) {
        if (redacted)
            m.redactedKeys.append(PackItemRef{kind, id}.key());
    };

    QList<PackConcern> concerns;
    for (PackConcern packed : content.concerns) {
        const NameRedactor redactor = concernRedactor(others, packed.concern, content.pupil.id);
        const bool concernIn = keep(PackItemKind::Concern, packed.concern.id, m.leftOutConcerns);
        QList<Decision> decisions;
        for (Decision decision : packed.decisions) {
            if (!keep(PackItemKind::Decision, decision.id, m.leftOutDecisions))
                continue;
            DecisionVersion& d = decision.current;
            noteRedacted(
                PackItemKind::Decision, decision.id,
                redactAll(redactor, {&d.reasons, &d.consulted, &d.parentsNotInformedReason, &d.amendReason}));
            decision.history = {d};
            decisions.append(decision);
        }
        if (!concernIn)
            continue; // its decisions were left out with it (applyChoices)
        packed.decisions = decisions;
        bool redacted = false;
        redactConcern(packed, redactor, content.pupil.id, redacted);
        noteRedacted(PackItemKind::Concern, packed.concern.id, redacted);
        concerns.append(packed);
    }

    QList<VoiceEntry> voice;
    for (VoiceEntry entry : content.voice) {
        if (!keep(PackItemKind::Voice, entry.id, m.leftOutVoice))
            continue;
        VoiceVersion current = entry.current();
        VoiceContent& words = current.content;
        noteRedacted(PackItemKind::Voice, entry.id,
                     redactAll(period, {&words.words, &words.adaptations, &words.wishesAndFeelings,
                                        &current.amendReason}));
        entry.versions = {current};
        voice.append(entry);
    }
    QList<ChronologyEntry> chronology;
    for (ChronologyEntry entry : content.chronology) {
        if (!keep(PackItemKind::Chronology, entry.id, m.leftOutChronology))
            continue;
        const PackConcern* source = sourceConcern(content, entry);
        const NameRedactor redactor =
            source ? concernRedactor(others, source->concern, content.pupil.id) : period;
        noteRedacted(PackItemKind::Chronology, entry.id,
                     redactAll(redactor, {&entry.summary, &entry.source, &entry.whyItMatters,
                                          &entry.effectOnChild, &entry.childWords, &entry.amendReason}));
        chronology.append(entry);
    }
    for (Meeting& meeting : content.meetings)
        redactAll(period, {&meeting.outcome, &meeting.schoolContribution});
    for (Plan& plan : content.plans)
        redactAll(period, {&plan.notes});
    content.concerns = concerns;
    content.voice = voice;
    content.chronology = chronology;
    m.included = int(m.includedKeys.size());
}

} // namespace lantern
