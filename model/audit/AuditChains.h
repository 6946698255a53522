#pragma once

#include "audit/AuditLog.h"

#include <QStringList>
#include <map>
#include <memory>

namespace lantern {

// The audit chains of the stores a session has open, one per store, each in the store it describes (DESIGN.md
// §3: the chair's compartment reveals nothing to the DSL team and the reverse). An entry goes to the chain of
// the records its action concerns (chainFor), so what is written about a child is readable only by whoever
// holds the case key.
class AuditChains {
public:
    AuditChains(Database& db, const Clock& clock);

    // Adds the chain of the store attached as `schema` ("main" for the directory, "cases", "adults",
    // "headteacher"), signing with the session's key if one is set.
    void add(const QString& schema);
    bool has(const QString& chain) const;
    QStringList names() const;

    // The session's signing key (AuditLog::setSigner) for every chain, those added later too.
    void setSigner(const QString& username, const SigningKey* key);
    // Records a new slot's signing key in the directory's chain (AuditLog::recordKeyIssued); the other chains
    // trust what it records (verify).
    void recordKeyIssued(const QString& forUser, const SecureBytes& signingSeed);

    // The chain an action is written to: "main" (the directory's) for the vault, its users, keys and the
    // school's details;
    // "adults" (the adults register or, in the chair's session, the headteacher's) for adult.* and adults.*;
    // "cases" for everything else (pupils and all that is recorded about them, imports, submissions,
    // exports). Throws Error(Internal) if that chain is not open in this session: an entry is never written
    // where the wrong people could read it.
    QString chainFor(const QString& action) const;

    qint64 append(const QString& actor, const QString& action, const QString& objectType,
                  const QString& objectId, const QString& details = {});
    // Every open chain, the directory's first (the keys it issued are trusted by the others); the first
    // break found, naming its chain.
    AuditVerification verify() const;
    // verify(), each chain against the anchors of it (AuditLog::verifyAgainst). Throws
    // Error(PermissionDenied) for an anchor of a chain this session has not opened, Error(Damaged) for one
    // not of this vault.
    AuditVerification verifyAgainst(const QList<AuditAnchor>& anchors, const QString& vaultId) const;
    // The chain whose head a referral pack carries: the cases chain when open, else the directory's.
    QString primaryChain() const;
    AuditAnchor anchor(const QString& vaultId, const QString& chain = {}) const;
    AuditHead head(const QString& chain = {}) const;
    // Entries of every open chain that match, oldest first (by time, then chain).
    QList<AuditEntry> entries(const AuditFilter& filter = {}) const;
    AuditLog& chain(const QString& name);

private:
    void trustDirectoryKeys() const;

    Database& m_db;
    const Clock& m_clock;
    QString m_signerUser;
    const SigningKey* m_signer = nullptr;
    std::map<QString, std::unique_ptr<AuditLog>> m_chains; // by chain name
};

} // namespace lantern
