#pragma once

#include "records/Pupil.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace lantern {

class Vault;

// A pupil linked to the one asked about, seen from that pupil's side (link.pupilId is the pupil asked about,
// whichever way round the pair was stored).
struct LinkedPupil {
    PupilLink link;
    Pupil pupil;
};

// The school roll: pupils, their contacts and the links between children. Every operation checks the acting
// user's permission first; every change and every view of a pupil's details lands in the audit chain in the
// same transaction as what it records.
class PupilRepository {
public:
    explicit PupilRepository(Vault& vault);

    // --- Roster (Permission::ManageRoster: DSL, deputy, administrator)
    // Validates (PupilValidator), normalises and stores a new pupil; returns its id. Audited as "pupil.add".
    qint64 add(const Pupil& pupil);
    // Replaces the roster details of pupil.id (there are no versions of roster details: the MIS is their
    // source). Audited as "pupil.update" with each changed column and, for identifiers, names and groups, its
    // old and new values; for special category data (sex, ethnicity, SEN, statuses) only that it changed.
    // Nothing changed: nothing is written. Throws NotFound for an unknown id.
    void update(const Pupil& pupil);
    // Records that the pupil left on `date` (from a roster import, or by hand). Audited as "pupil.leave".
    void markLeft(qint64 pupilId, const QDate& date);
    // The id of the pupil with this UPN, without reading or auditing anything else: for the roster importer,
    // which updates by UPN and may be run by an administrator who cannot read pupils.
    std::optional<qint64> idForUpn(const QString& upn);

    // --- Reading (Permission::ReadPupilRecords: DSL and deputy)
    // One pupil's details; each call is a view of the record and appends "pupil.view" with the acting user.
    std::optional<Pupil> find(qint64 pupilId);
    std::optional<Pupil> findByUpn(const QString& upn);
    // Everyone on the roll (leavers too), sorted as a British reader expects by surname then forename (the
    // names people use: preferred, else legal). Listing is not viewing a record, so it is not audited.
    QList<Pupil> list();
    // Pupils whose names (legal or preferred) or UPN have words starting with every word of `text`, ignoring
    // case and accents ("zoe" finds Zoë, "lodz" finds Łódź), in list() order. Not audited, like list().
    QList<Pupil> search(const QString& text);

    // --- Contacts: added by the roster's keepers (ManageRoster), read as part of the record
    // (ReadPupilRecords, audited as "pupil.contacts.view").
    qint64 addContact(const Contact& contact);
    QList<Contact> contacts(qint64 pupilId);

    // --- For the roster importer (ManageRoster; not audited as views: an administrator manages the roll
    // without reading pupils' records, and these are only compared with a file).
    // The name and relationship of each contact stored for the pupil, so that a file imported twice does not
    // add every parent twice.
    QList<std::pair<QString, QString>> contactNamesForRoster(qint64 pupilId);
    // Every pupil on the roll (no leaving date) who has a UPN, by UPN: who a full roll file may mark as left.
    struct OnRoll {
        qint64 id = 0;
        QString upn;
        QString legalName; // forename, middle names and surname
    };
    QList<OnRoll> onRollWithUpn();

    // --- Siblings and other linked children (WritePupilRecords to link: it is the DSL's knowledge of a
    // family; ReadPupilRecords to read, audited as "pupil.links.view"). A pair is stored once, whichever way
    // round it was given; relationship is sibling, half-sibling, step-sibling, cousin or other.
    void linkPupils(qint64 pupilId, qint64 otherPupilId, const QString& relationship);
    QList<LinkedPupil> siblings(qint64 pupilId);

    // For other repositories only (concerns, chronology, referral packs): the pupil's details with no
    // permission check and no audit entry. The caller must already have checked its own permission and must
    // write its own "….view" entry if what it returns shows the pupil to a user; never return this straight
    // to the interface.
    std::optional<Pupil> lookupForRecords(qint64 pupilId);

private:
    std::optional<Pupil> audited(std::optional<Pupil> pupil);
    void requireExists(qint64 pupilId);
    void write(const Pupil& pupil, bool isNew);

    Vault& m_vault;
};

} // namespace lantern
