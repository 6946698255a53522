#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lantern::demo {

// The words the demo school's records are written in: short, factual, professional sentences of the kind a
// member of staff or a DSL writes, never graphic. Patterns carry placeholders filled for each child by
// Wording::fill.
struct CategoryText {
    QStringList accounts;   // what was seen and heard
    QStringList childWords; // the child's own words (may be empty: not every concern has them)
    QStringList locations;
};

// The text for a harm category id (harm-categories.csv); a neutral fallback for one without its own.
const CategoryText& textFor(const QString& categoryId);

// Who a record is about, for filling placeholders.
struct Wording {
    QString name;    // the child's forename as people say it
    QString sex;     // "F" or "M"
    QString other;   // another child's forename (child-on-child concerns)
    QString parent;  // "Mum", "Dad", "Nan"
    QString partner; // the other adult at home as the child would say it: "Dad", "Mum's partner"
    QString language;

    // Replaces {name} {he} {him} {his} {himself} {He} {His} (the child), {parent} {Parent} {she} {parentHis}
    // (the parent), {other} (another child), {partner} (the other adult at home) and {language}.
    QString fill(const QString& pattern) const;
};

namespace DemoText {

QStringList immediateActions();
// Accounts that fit a later concern in any case: the same worry seen again, in other ways. Each names the
// category it is recorded under, or none for the case's own category.
struct FollowUp {
    QString category;
    QString account;
};
QList<FollowUp> followUpAccounts();
// Reasons for a decision with this outcome id (Decision.h's decisionOutcomes).
QStringList decisionReasons(const QString& outcome);
// Reasons to keep monitoring a child who has been the subject of concerns before.
QStringList repeatMonitorReasons();
QStringList consulted(const QString& outcome);
QStringList parentsNotInformedReasons();
QStringList parentsNotYetReasons();

struct VoiceText {
    QString method;
    QString words;
    QString adaptations;
    bool aboutAbsentDad = false; // only fits a child whose father lives elsewhere
};
QList<VoiceText> voices();
QStringList wishesAndFeelings();

struct ManualText {
    QString type; // ChronologyTypes::manual() id
    QString summary;
    QString source;
    QString whyItMatters;
    QString effectOnChild;
    bool significant = false;
};
QList<ManualText> manualEntries(const QString& type);

QStringList meetingOutcomes(const QString& meetingType);
QStringList schoolContributions();
QStringList
referralOutcomes(const QString& agencyKey); // "csc", "family-help", "police", "prevent", "lado", "camhs"
QStringList staffRoles(bool secondary);

} // namespace DemoText

} // namespace lantern::demo
