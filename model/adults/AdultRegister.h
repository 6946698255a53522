#pragma once

#include "adults/Adult.h"
#include "records/VersionedRecord.h"

#include <QLatin1String>
#include <QList>
#include <QString>

namespace lantern {

class Vault;

// A new entry in the register, made by a keeper of it (AdultsAccess.h).
// The identifiers of an adult's details, carried by the errors about them (Error::field()); the details are
// checked in AdultsStore (name, leaving date) and here (linked user, amendment reason).
namespace AdultField {
inline constexpr QLatin1String name{"adult.name"};
inline constexpr QLatin1String role{"adult.role"};
inline constexpr QLatin1String leftOn{"adult.leftOn"};
inline constexpr QLatin1String linkedUser{"adult.linkedUser"};
inline constexpr QLatin1String amendReason = AmendmentField::reason; // records/VersionedRecord.h
} // namespace AdultField

struct NewAdult {
    AdultDetails details;
    // The Lantern user this adult is, when they have an account. Linking a user whose role is head makes this
    // the headteacher's entry.
    QString linkedUsername;
    bool isHeadteacher = false; // the headteacher's entry: only the chair of governors may make it
};

// The adults in the register and everything about them, as the signed-in user may see it: the headteacher and
// the DSL team see every adult but the headteacher; the chair of governors sees only the headteacher;
// everyone else is refused. Every read is audited.
class AdultRegister {
public:
    explicit AdultRegister(Vault& vault);

    // Throws Error(PermissionDenied) for a headteacher's entry made by anyone but the chair (and for the
    // chair making any other entry), Error(InvalidInput) naming the field. Audited "adult.add".
    qint64 add(const NewAdult& adult);
    // A new version of the adult's details (name, role, leaving date) with `reason` (required). Returns the
    // version number. Audited "adult.amend".
    int amend(qint64 adultId, const AdultDetails& details, const QString& reason);

    // The adults the user may see, by name, each with concern counts and the pattern prompt. Audited
    // "adult.list.view".
    QList<AdultSummary> list();
    // One adult with every version, concern (with versions and reviews) and LADO consultation. Audited
    // "adult.view". Error(NotFound) for an adult that does not exist or the user may not see.
    Adult get(qint64 adultId);

private:
    Vault& m_vault;
};

} // namespace lantern
