#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace lantern {

class Vault;

// The school as it is named on referral packs, transfers and reports.
struct SchoolDetails {
    QString name;
    QString urn;    // unique reference number: 6 digits (empty until known)
    QString laCode; // local authority number: 3 digits
    QString laName;
    QString address;
    QString phone;
    QString email;
    QString updatedAt; // set by the repository: UTC ISO time and username of the last change
    QString updatedBy;
};

// The DSL or a deputy as named on exports for the receiving team to call back.
struct SafeguardingContact {
    qint64 id = 0;
    QString role; // "dsl" or "deputy"
    QString name;
    QString phone;
    QString email;
    bool active = true;
};

// The school's own details and its named safeguarding contacts. Anyone who has unlocked the vault may read
// them (they appear on every receipt and export); changing them needs Permission::ManageSchool (the DSL or
// the administrator), and every change is audited.
class SchoolRepository {
public:
    explicit SchoolRepository(Vault& vault);

    // std::nullopt until someone has set them.
    std::optional<SchoolDetails> details();
    // Validates (name required; URN 6 digits and LA code 3 digits when given; a plausible email), normalises
    // and stores. Audited as "school.update" with each changed field's old and new value.
    void setDetails(const SchoolDetails& details);

    // Returns the new contact's id. Audited as "school.contact.add".
    qint64 addSafeguardingContact(const SafeguardingContact& contact);
    // Active contacts, DSLs first; with includeInactive also those who have left the role.
    QList<SafeguardingContact> safeguardingContacts(bool includeInactive = false);
    // Someone no longer in the role: kept (earlier exports name them) but no longer offered. Audited as
    // "school.contact.deactivate". Throws NotFound for an unknown id.
    void deactivateSafeguardingContact(qint64 contactId);

private:
    Vault& m_vault;
};

} // namespace lantern
