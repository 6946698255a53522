#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace lantern {

enum class PlanType { FamilyHelp, ChildInNeed, ChildProtection, Care, Pathway };

QString planTypeName(PlanType type);  // "child-protection", as stored and typed on the CLI
QString planTypeLabel(PlanType type); // "Child protection plan"
std::optional<PlanType> planTypeFromName(const QString& name);
QList<PlanType> allPlanTypes();

// A multi-agency plan for a child. A child protection plan carries its CIN census category of abuse
// (reference list "cp-category-of-abuse": NEG, PHY, EMO, SAB, MUL); no other plan has one.
struct Plan {
    qint64 id = 0;
    qint64 pupilId = 0;
    PlanType type = PlanType::ChildInNeed;
    QString cpCategory; // empty unless type == ChildProtection
    QDate startedOn;
    std::optional<QDate> endedOn;
    QString leadPractitioner;
    std::optional<qint64> leadAgencyId;
    QString notes;
    QString recordedAt; // UTC ISO
    QString recordedBy;

    bool isOpen() const { return !endedOn.has_value(); }
};

} // namespace lantern
