#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace lantern {

class Database;

// One prepared SQL statement. Parameters are bound by name (":name") so that call sites read like the SQL.
class Statement {
public:
    Statement(Database& db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(const char* name, const QString& value);
    Statement& bind(const char* name, qint64 value);
    Statement& bind(const char* name, int value) { return bind(name, static_cast<qint64>(value)); }
    Statement& bind(const char* name, bool value) { return bind(name, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bindBlob(const char* name, const QByteArray& value);
    Statement& bindNull(const char* name);
    Statement& bind(const char* name, const std::optional<QString>& value);
    Statement& bind(const char* name, const std::optional<qint64>& value);

    // Advances to the next row; false when there are no more. Throws Error on failure.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    std::optional<QString> optionalText(int column) const;
    qint64 integer(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    QByteArray blob(int column) const;

private:
    int parameterIndex(const char* name) const;

    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// An encrypted SQLCipher database opened with a raw 256-bit key. Owns the connection; never shares it across
// threads. Every failure is an Error whose kind says what the user should be told.
class Database {
public:
    enum class Mode { CreateNew, OpenExisting };

    // Opens (or creates) `path` keyed with the 32-byte `key`. Pins SQLCipher 3 cipher settings, fails closed
    // if the library is not SQLCipher or the new file is plaintext, and sets the per-connection pragmas.
    static Database open(const QString& path, const SecureBytes& key, Mode mode);

    Database() = default; // closed; assign an opened one
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool isOpen() const { return m_handle != nullptr; }
    void close();

    void exec(const char* sql);
    Statement prepare(const char* sql) { return Statement(*this, sql); }
    qint64 lastInsertId() const;
    int changes() const;

    // Reads every page (so every page HMAC is checked); throws Error(Damaged) naming the file on any failure.
    void checkIntegrity();
    int userVersion();
    void setUserVersion(int version);

    // Attaches the encrypted store at `path` as `schema` (lower-case letters and '_'), keyed with the 32-byte
    // raw `key` and this format's cipher settings; creates the file if it does not exist. Unqualified table
    // names resolve to main first, then to attached stores in the order attached, so a repository's SQL
    // works whichever store holds its tables. Throws Error(Damaged) naming the file if the key does not open
    // it.
    void attach(const QString& path, const char* schema, const SecureBytes& key);
    // Never fails (a schema that is not attached is ignored).
    void detach(const char* schema);

    // Writes a complete encrypted copy to `path` under `key` (sqlcipher_export; SQLite's backup API cannot
    // copy an encrypted database in SQLCipher 3). The copy is fsynced before this returns.
    void exportTo(const QString& path, const SecureBytes& key);

    const QString& path() const { return m_path; }
    sqlite3* handle() { return m_handle; }

    // Throws the Error that matches an SQLite result code; `what` says what was being done.
    [[noreturn]] void fail(int resultCode, const QString& what) const;

private:
    Database(sqlite3* handle, QString path);
    void applyKey(const SecureBytes& key);
    void pinCipherSettings();
    void requireSqlCipher();
    void applyConnectionPragmas();

    sqlite3* m_handle = nullptr;
    QString m_path;
};

// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed uncommitted (an exception on the way out).
// Opened while another transaction is open on the same connection (a roster import writes many pupils through
// PupilRepository, each call with its own Transaction, inside one transaction for the whole file), it is a
// SAVEPOINT instead: its rollback undoes only its own part and the outer transaction decides what is kept.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
    bool m_nested = false;
};

// SQLCipher's settings for this vault format, recorded in keyslots.json so that a later SQLCipher 4 can open
// the file with `PRAGMA cipher_compatibility = 3`.
struct CipherSettings {
    static constexpr int compatibility = 3;
    static constexpr int pageSize = 1024;
    static constexpr int kdfIterations = 64000;
    static constexpr const char* hmac = "HMAC_SHA1";
    static constexpr const char* cipher = "aes-256-cbc";
};

} // namespace lantern
