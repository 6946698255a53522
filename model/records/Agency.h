#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace lantern {

// What sort of organisation an agency is; stored by name ("childrens-social-care") so lists and exports can
// group them without parsing free text.
enum class AgencyKind { ChildrensSocialCare, FamilyHelp, Police, Health, Education, Voluntary, Other };

QString agencyKindName(AgencyKind kind);  // "childrens-social-care", as stored and typed on the CLI
QString agencyKindLabel(AgencyKind kind); // "Children's social care", for people
std::optional<AgencyKind> agencyKindFromName(const QString& name);
QList<AgencyKind> allAgencyKinds();

// An organisation the school works with (DESIGN.md §2, "Agencies, plans and meetings").
struct Agency {
    qint64 id = 0;
    QString name;
    AgencyKind kind = AgencyKind::Other;
    QString phone;
    QString email;
};

// An agency's involvement with one child, with the named contact the DSL actually speaks to.
struct Involvement {
    qint64 id = 0;
    qint64 pupilId = 0;
    qint64 agencyId = 0;
    QString agencyName; // filled when read, for display
    QString contactName;
    QString contactRole;
    QString contactPhone;
    QString contactEmail;
    std::optional<QDate> startedOn;
    std::optional<QDate> endedOn;
    QString notes;
    QString recordedAt; // UTC ISO
    QString recordedBy;

    bool isOpen() const { return !endedOn.has_value(); }
};

} // namespace lantern
