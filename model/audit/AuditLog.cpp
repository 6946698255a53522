#include "audit/AuditLog.h"

#include "audit/AnchorComparison.h"
#include "audit/SignerRegistry.h"
#include "calendar/PartialDate.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "crypto/SigningKey.h"
#include "storage/Database.h"

#include <QtEndian>
#include <sodium.h>

namespace lantern {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");

AuditEntry readEntry(const Statement& row)
{
    AuditEntry entry;
    entry.seq = row.integer(0);
    entry.atUtc = fromIsoUtc(row.text(1));
    entry.actor = row.text(2);
    entry.action = row.text(3);
    entry.objectType = row.text(4);
    entry.objectId = row.text(5);
    entry.details = row.text(6);
    entry.prevHash = row.blob(7);
    entry.hash = row.blob(8);
    entry.signerKey = row.blob(9);
    entry.signature = row.blob(10);
    return entry;
}

// `sql` with the chain's tables named in `schema` (the store's name when attached; "main" alone).
QByteArray inSchema(const char* sql, const QByteArray& schema)
{
    QByteArray result(sql);
    result.replace("audit_signing_keys", QByteArray(schema + ".audit_signing_keys"));
    result.replace("audit_log", QByteArray(schema + ".audit_log"));
    return result;
}

const char* const selectColumns =
    "SELECT seq, at_utc, actor, action, object_type, object_id, details, prev_hash, "
    "hash, signer_key, signature FROM audit_log ";

// For an entry signed by a key the chain had not registered yet: who registers it further on, if anyone, to
// name the key's holder (the rules still refuse the entry).
QString laterOwner(Database& db, const QByteArray& schema, const AuditEntry& entry,
                   const SignerRegistry& signers)
{
    if (entry.signerKey.isEmpty() || signers.ownerOf(entry.signerKey) ||
        entry.action == QLatin1String(SignerRegistry::keyRegistered))
        return {};
    const QByteArray sql = inSchema("SELECT seq, actor FROM audit_log WHERE seq > :seq AND action = :action "
                                    "AND signer_key = :key ORDER BY seq LIMIT 1;",
                                    schema);
    Statement later(db, sql.constData());
    later.bind(":seq", entry.seq)
        .bind(":action", QString::fromLatin1(SignerRegistry::keyRegistered))
        .bindBlob(":key", entry.signerKey);
    if (!later.step())
        return {};
    return ModelText::tr(" (entry %1, later, registers that key to %2)")
        .arg(QString::number(later.integer(0)), later.text(1));
}

// One pass over the chain: the verification, and the signing keys the chain registers (for naming whoever
// signed an anchor).
struct ChainWalk {
    AuditVerification verification;
    SignerRegistry signers;
};

ChainWalk walkChain(Database& db, const QByteArray& schema, const SignerRegistry& trusted)
{
    ChainWalk walk;
    walk.signers = trusted;
    AuditVerification& result = walk.verification;
    QByteArray expectedPrev = AuditLog::genesisHash();
    qint64 expectedSeq = 1;
    const QByteArray sql = inSchema(selectColumns, schema) + "ORDER BY seq;";
    Statement rows(db, sql.constData());
    while (rows.step()) {
        const AuditEntry entry = readEntry(rows);
        auto broken = [&](qint64 seq, const QString& problem) {
            result.firstBrokenSeq = seq;
            result.problem = problem;
            return walk;
        };
        if (entry.seq != expectedSeq)
            return broken(expectedSeq,
                          QStringLiteral("entry %1 is missing: the next entry found is %2 (an entry "
                                         "was deleted)")
                              .arg(expectedSeq)
                              .arg(entry.seq));
        if (entry.prevHash != expectedPrev)
            return broken(entry.seq,
                          QStringLiteral("entry %1 does not follow entry %2 (an entry before it was "
                                         "removed, replaced or moved)")
                              .arg(entry.seq)
                              .arg(entry.seq - 1));
        if (AuditLog::chainHash(entry.prevHash, entry) != entry.hash)
            return broken(entry.seq,
                          QStringLiteral("entry %1 has been changed since it was written").arg(entry.seq));
        const QString signing = walk.signers.admit(entry);
        if (!signing.isEmpty())
            return broken(entry.seq, signing + laterOwner(db, schema, entry, walk.signers));
        expectedPrev = entry.hash;
        ++expectedSeq;
        ++result.entriesChecked;
    }
    return walk;
}

} // namespace

AuditLog::AuditLog(Database& db, const Clock& clock, const QString& schema)
    : m_db(db)
    , m_clock(clock)
    , m_schema(schema.toLatin1())
    , m_chain(schema == QLatin1String("main") ? QString::fromLatin1(MainChain) : schema)
{}

void AuditLog::trustIssuedKeys(const QList<std::pair<QString, QByteArray>>& issued)
{
    m_trusted = SignerRegistry();
    for (const auto& [user, key] : issued)
        m_trusted.learnIssued(user, key);
}

QList<std::pair<QString, QByteArray>> AuditLog::issuedKeys() const
{
    QList<std::pair<QString, QByteArray>> result;
    AuditFilter filter;
    filter.actionPrefix = QString::fromLatin1(SignerRegistry::keyIssued);
    for (const AuditEntry& entry : entries(filter)) {
        if (const std::optional<QByteArray> key = SignerRegistry::keyFromDetails(entry.details))
            result.append({entry.objectId, *key});
    }
    return result;
}

QByteArray AuditLog::genesisHash()
{
    return QByteArray(crypto_hash_sha256_BYTES, '\0');
}

void AuditLog::appendField(QByteArray& out, const QByteArray& field)
{
    char length[4];
    qToBigEndian(static_cast<quint32>(field.size()), length);
    out.append(length, 4);
    out.append(field);
}

QByteArray AuditLog::signedMessage(const QByteArray& hash)
{
    return QByteArray("lantern-audit-entry-v1") + hash;
}

void AuditLog::setSigner(const QString& username, const SigningKey* key)
{
    m_signerUser = username;
    m_signer = key;
}

QByteArray AuditLog::canonicalBytes(const AuditEntry& entry)
{
    QByteArray bytes("lantern-audit-v1");
    appendField(bytes, QByteArray::number(entry.seq));
    appendField(bytes, entry.atUtc.toUTC().toString(timeFormat).toUtf8());
    appendField(bytes, entry.actor.toUtf8());
    appendField(bytes, entry.action.toUtf8());
    appendField(bytes, entry.objectType.toUtf8());
    appendField(bytes, entry.objectId.toUtf8());
    appendField(bytes, entry.details.toUtf8());
    return bytes;
}

QByteArray AuditLog::chainHash(const QByteArray& prevHash, const AuditEntry& entry)
{
    const QByteArray input = QByteArray(prevHash + canonicalBytes(entry));
    QByteArray digest(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()));
    return digest;
}

qint64 AuditLog::append(const QString& actor, const QString& action, const QString& objectType,
                        const QString& objectId, const QString& details)
{
    if (m_signer) {
        if (actor != m_signerUser)
            throw Error(ErrorKind::Internal,
                        ModelText::tr("An audit entry in the name of %1 cannot be signed by %2's key.")
                            .arg(actor, m_signerUser));
        registerSignerIfNew();
    } else {
        // Once one entry is signed every later one is, so the last entry tells.
        const QByteArray sql =
            inSchema("SELECT signature IS NOT NULL FROM audit_log ORDER BY seq DESC LIMIT 1;", m_schema);
        Statement last(m_db, sql.constData());
        if (last.step() && last.integer(0) != 0)
            throw Error(
                ErrorKind::Internal,
                ModelText::tr("The audit chain is signed: an entry cannot be added without a signing key."));
    }
    return appendEntry(actor, action, objectType, objectId, details);
}

void AuditLog::registerSignerIfNew()
{
    // The table only saves looking the key up in the chain; verify() trusts the chain, not the table.
    const QByteArray knownSql =
        inSchema("SELECT 1 FROM audit_signing_keys WHERE public_key = :key;", m_schema);
    Statement known(m_db, knownSql.constData());
    known.bindBlob(":key", m_signer->publicKey());
    if (known.step())
        return;
    const qint64 seq =
        appendEntry(m_signerUser, QString::fromLatin1(SignerRegistry::keyRegistered), QStringLiteral("user"),
                    m_signerUser, SignerRegistry::keyDetails(m_signer->publicKey()));
    const QByteArray insertSql = inSchema(
        "INSERT INTO audit_signing_keys (username, public_key, registered_seq) VALUES (:user, :key, :seq);",
        m_schema);
    Statement insert(m_db, insertSql.constData());
    insert.bind(":user", m_signerUser).bindBlob(":key", m_signer->publicKey()).bind(":seq", seq);
    insert.run();
}

void AuditLog::recordKeyIssued(const QString& forUser, const SecureBytes& signingSeed)
{
    Transaction transaction(m_db);
    append(m_signerUser, QString::fromLatin1(SignerRegistry::keyIssued), QStringLiteral("user"), forUser,
           SignerRegistry::keyDetails(SigningKey(signingSeed).publicKey()));
    transaction.commit();
}

qint64 AuditLog::appendEntry(const QString& actor, const QString& action, const QString& objectType,
                             const QString& objectId, const QString& details)
{
    AuditEntry entry;
    const AuditHead last = head();
    entry.seq = last.seq + 1;
    entry.prevHash = last.seq == 0 ? genesisHash() : last.hash;
    // Millisecond precision is what the canonical form stores; truncate now so the hash matches on
    // re-reading.
    const QDateTime now = m_clock.nowUtc().toUTC();
    entry.atUtc = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    entry.actor = actor;
    entry.action = action;
    entry.objectType = objectType;
    entry.objectId = objectId;
    entry.details = details;
    entry.hash = chainHash(entry.prevHash, entry);

    const QByteArray sql =
        inSchema("INSERT INTO audit_log (seq, at_utc, actor, action, object_type, object_id, details, "
                 "prev_hash, hash, signer_key, signature) VALUES (:seq, :at, :actor, :action, :type, :id, "
                 ":details, :prev, :hash, :signer, :signature);",
                 m_schema);
    Statement insert(m_db, sql.constData());
    insert.bind(":seq", entry.seq)
        .bind(":at", entry.atUtc.toString(timeFormat))
        .bind(":actor", entry.actor)
        .bind(":action", entry.action)
        .bind(":type", entry.objectType)
        .bind(":id", entry.objectId)
        .bind(":details", entry.details)
        .bindBlob(":prev", entry.prevHash)
        .bindBlob(":hash", entry.hash);
    if (m_signer)
        insert.bindBlob(":signer", m_signer->publicKey())
            .bindBlob(":signature", m_signer->sign(signedMessage(entry.hash)));
    insert.run();
    return entry.seq;
}

AuditHead AuditLog::head() const
{
    const QByteArray sql = inSchema("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1;", m_schema);
    Statement last(m_db, sql.constData());
    if (!last.step())
        return {};
    return {last.integer(0), last.blob(1)};
}

std::optional<QByteArray> AuditLog::storedHash(qint64 seq) const
{
    const QByteArray sql = inSchema("SELECT hash FROM audit_log WHERE seq = :seq;", m_schema);
    Statement query(m_db, sql.constData());
    query.bind(":seq", seq);
    if (!query.step())
        return std::nullopt;
    return query.blob(0);
}

AuditVerification AuditLog::verify() const
{
    return walkChain(m_db, m_schema, m_trusted).verification;
}

AuditAnchor AuditLog::anchor(const QString& vaultId) const
{
    if (!m_signer)
        throw Error(ErrorKind::Internal,
                    ModelText::tr("An audit anchor cannot be made without a signing key."));
    const AuditHead last = head();
    if (last.seq == 0)
        throw Error(ErrorKind::Internal, ModelText::tr("An empty audit chain cannot be anchored."));
    AuditAnchor anchor;
    anchor.vaultId = vaultId;
    anchor.chain = m_chain;
    anchor.seq = last.seq;
    anchor.hash = last.hash;
    const QDateTime now = m_clock.nowUtc().toUTC();
    anchor.at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    anchor.signedBy = m_signerUser;
    for (const qint64 seq : AuditAnchor::checkpointSeqs(last.seq))
        anchor.checkpoints.append({seq, storedHash(seq).value_or(QByteArray())});
    anchor.sign(*m_signer);
    return anchor;
}

AuditVerification AuditLog::verifyAgainst(const QList<AuditAnchor>& anchors, const QString& vaultId) const
{
    const ChainWalk walk = walkChain(m_db, m_schema, m_trusted);
    AuditVerification result = walk.verification;
    const qint64 lastSeq = head().seq;
    for (const AuditAnchor& anchor : anchors) {
        const auto refuse = [&anchor](const QString& why) {
            return Error(ErrorKind::Damaged,
                         ModelText::tr("%1 was refused: %2.").arg(anchor.describe(), why));
        };
        if (!anchor.signatureValid())
            throw refuse(
                ModelText::tr("its signature does not match it (the file was changed after it was made)"));
        if (anchor.vaultId != vaultId)
            throw refuse(ModelText::tr("it is an anchor of another vault (%1), not of this one (%2)")
                             .arg(anchor.vaultId, vaultId));
        if (anchor.chain != m_chain)
            throw refuse(ModelText::tr("it anchors the chain \"%1\", which this vault does not keep")
                             .arg(anchor.chain));
        const std::optional<QString> owner = walk.signers.ownerOf(anchor.signerKey);
        if (owner && *owner != anchor.signedBy)
            throw refuse(ModelText::tr("it names %1 as its signer, but is signed with %2's key")
                             .arg(anchor.signedBy, *owner));
        std::optional<AnchorFinding> finding =
            AnchorComparison::compare(anchor, lastSeq, [this](qint64 seq) { return storedHash(seq); });
        if (!finding)
            continue;
        if (!owner)
            finding->problem += ModelText::tr(" (the anchor is signed by a key this chain does not register: "
                                              "it was not made by a user of this vault, or the entry that "
                                              "registered the key is gone)");
        if (!result.firstBrokenSeq || finding->firstSeq < *result.firstBrokenSeq) {
            result.firstBrokenSeq = finding->firstSeq;
            result.problem = finding->problem;
        }
    }
    result.anchorsChecked = anchors.size();
    return result;
}

QList<AuditEntry> AuditLog::entries(const AuditFilter& filter) const
{
    QByteArray sql = inSchema(selectColumns, m_schema);
    sql += "WHERE (:actor = '' OR actor = :actor) AND (:action = '' OR substr(action, 1, length(:action)) = "
           ":action)"
           " AND (:type = '' OR object_type = :type) AND (:id = '' OR object_id = :id)"
           " AND (:from IS NULL OR at_utc >= :from) AND (:to IS NULL OR at_utc <= :to)"
           " ORDER BY seq";
    if (filter.limit > 0)
        sql += " LIMIT " + QByteArray::number(filter.limit);
    sql += ";";
    Statement rows(m_db, sql.constData());
    rows.bind(":actor", filter.actor)
        .bind(":action", filter.actionPrefix)
        .bind(":type", filter.objectType)
        .bind(":id", filter.objectId);
    rows.bind(":from", filter.fromUtc ? std::optional<QString>(filter.fromUtc->toUTC().toString(timeFormat))
                                      : std::nullopt);
    rows.bind(":to", filter.toUtc ? std::optional<QString>(filter.toUtc->toUTC().toString(timeFormat))
                                  : std::nullopt);
    QList<AuditEntry> result;
    while (rows.step()) {
        result.append(readEntry(rows));
        result.last().chain = m_chain;
    }
    return result;
}

} // namespace lantern
