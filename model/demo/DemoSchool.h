#pragma once

#include "crypto/SecureBytes.h"
#include "vault/Vault.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace lantern {

// What demo school to make. The same pupils, seed and today always give the same school.
struct DemoOptions {
    int pupils = 240;
    quint32 seed = 1;
    // The school's "today" (UK date): the story covers about eighteen months before it and nothing happens on
    // or after it. Invalid: today's date in England.
    QDate today;

    static constexpr int minimumPupils = 5;
    static constexpr int maximumPupils = 5000;

    // A copy with today filled in; throws Error(InvalidInput) naming the option that is out of range.
    DemoOptions validated() const;
};

// What the generator wrote, for the summary `lantern-cli demo` prints and for tests.
struct DemoSummary {
    QString schoolName;
    QDate from; // the first day of the story
    QDate to;   // the last school day before today
    int pupils = 0;
    int contacts = 0;
    int siblingLinks = 0;
    int concerns = 0;
    int inboxConcerns = 0; // still "new": no decision yet
    int decisions = 0;
    int statusChanges = 0;
    int voiceEntries = 0;
    int manualChronologyEntries = 0;
    int agencies = 0;
    int involvements = 0;
    int plans = 0;
    int meetings = 0;
    int referrals = 0;
    int adults = 0;             // entries in the adults register
    int adultConcerns = 0;      // low-level concerns about them
    QStringList cultures;       // the cultures the pupils' names come from
    QStringList staffUsernames; // the other demo users, who share the DSL's password
};

// Called now and then with what is being made and how far it has got, for a progress line.
using DemoProgress = std::function<void(const QString& stage, int done, int total)>;

// A believable synthetic school for demonstrations and manual testing (issue 3): a roll of pupils whose names
// come from many cultures, their families and siblings, and eighteen months of safeguarding work — concerns
// across the harm categories, decisions, the child's voice, chronology events, plans, meetings and referrals
// — with a few new concerns waiting in the DSL's inbox, and an adults register of low-level concerns about
// the school's staff, supply staff, volunteers and contractors (never the headteacher, so the DSL sees it
// all).
//
// Never real data: names are combined at random from resources/demo/names.csv, UPNs use LA 999 (no authority
// has it), NHS numbers come from the 999 test range, phone numbers from Ofcom's drama ranges, addresses from
// a fictional town with ZZ postcodes, and e-mail addresses from example.com.
//
// Every record is made through the repositories as a user of the vault would make it, with the vault clock
// set to when it was recorded, so the audit chain, recorded-at times and chronologies tell a consistent
// story. The DSL records most of it; a member of staff records the newest concerns, which are still in the
// inbox.
class DemoSchool {
public:
    // The demo users made besides the DSL; they are given the DSL's password so that a person trying the demo
    // can sign in as each role.
    static QList<Vault::NewUser> demoUsers();

    // Creates the vault at `folder` with `dsl` as its first DSL and fills it. Throws Error(InvalidInput) if
    // the folder exists or an option is out of range; on any failure the half-made vault is removed.
    static DemoSummary create(const QString& folder, const Vault::NewUser& dsl, const SecureBytes& password,
                              const DemoOptions& options, const DemoProgress& progress = {});

    // Unlocks an existing vault as `username` (a DSL) and fills it. Refused (InvalidInput) when the vault
    // already has pupils or a demo user's name is taken: synthetic records never go beside real ones.
    static DemoSummary addTo(const QString& folder, const QString& username, const SecureBytes& password,
                             const DemoOptions& options, const DemoProgress& progress = {});
};

} // namespace lantern
