#include "storage/Database.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "core/TestHooks.h"
#include "storage/SimulatedDiskVfs.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace lantern {

namespace {

QString describe(const QString& path)
{
    return QFileInfo(path).fileName();
}

// Stores hold case records: only their owner may read them, whatever the umask. A new file is made here,
// empty and 0600, before SQLCipher opens it (SQLite keeps an existing file's mode and gives its journal the
// same).
void createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw Error(errno == ENOSPC ? ErrorKind::NoSpace : ErrorKind::Io,
                    ModelText::tr("Could not create %1: %2.")
                        .arg(describe(path), QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
}

// A store written by an earlier Lantern may be readable by others (0644): owner-only from now on.
void makeOwnerOnly(const QString& path)
{
    ::chmod(QFile::encodeName(path).constData(), 0600);
}

} // namespace

// ---------------------------------------------------------------------------------------------- Statement

Statement::Statement(Database& db, const char* sql)
    : m_db(&db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, ModelText::tr("preparing a query"));
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

int Statement::parameterIndex(const char* name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0)
        throw Error(ErrorKind::Internal,
                    ModelText::tr("Query has no parameter named %1.").arg(QString::fromLatin1(name)));
    return index;
}

Statement& Statement::bind(const char* name, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, parameterIndex(name), utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(const char* name, qint64 value)
{
    sqlite3_bind_int64(m_stmt, parameterIndex(name), value);
    return *this;
}

Statement& Statement::bindBlob(const char* name, const QByteArray& value)
{
    sqlite3_bind_blob(m_stmt, parameterIndex(name), value.constData(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(const char* name)
{
    sqlite3_bind_null(m_stmt, parameterIndex(name));
    return *this;
}

Statement& Statement::bind(const char* name, const std::optional<QString>& value)
{
    return value ? bind(name, *value) : bindNull(name);
}

Statement& Statement::bind(const char* name, const std::optional<qint64>& value)
{
    return value ? bind(name, *value) : bindNull(name);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->fail(rc, ModelText::tr("reading or writing records"));
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(chars, sqlite3_column_bytes(m_stmt, column));
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<qint64> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

QByteArray Statement::blob(int column) const
{
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(bytes, sqlite3_column_bytes(m_stmt, column));
}

// ---------------------------------------------------------------------------------------------- Database

Database::Database(sqlite3* handle, QString path)
    : m_handle(handle)
    , m_path(std::move(path))
{}

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_path(std::move(other.m_path))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_handle = std::exchange(other.m_handle, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void Database::close()
{
    if (m_handle)
        sqlite3_close_v2(m_handle);
    m_handle = nullptr;
}

Database Database::open(const QString& path, const SecureBytes& key, Mode mode)
{
    if (key.size() != 32)
        throw Error(ErrorKind::Internal, ModelText::tr("The master key must be 32 bytes."));
    const QFileInfo existing(path);
    // SQLite opens an empty file as an empty database, which the migrations would fill with an empty schema:
    // a store truncated to nothing (a full disk, a bad copy) must never come back as a new, empty vault.
    if (mode == Mode::OpenExisting && (!existing.exists() || existing.size() == 0))
        throw Error(
            ErrorKind::Damaged,
            ModelText::tr("%1 is empty or missing; restore the vault from a backup. Nothing was opened.")
                .arg(describe(path)));
    if (mode == Mode::CreateNew && existing.exists())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("%1 already exists.").arg(path));
    // A file made here and not finished (a wrong library, a full disk) is removed again, so that a retry
    // does not find an empty store in its way.
    struct RemoveUnlessOpened {
        QString path;
        bool opened = false;
        ~RemoveUnlessOpened()
        {
            if (!opened && !path.isEmpty())
                QFile::remove(path);
        }
    } made;
    if (mode == Mode::CreateNew) {
        createPrivateFile(path);
        made.path = path;
    } else {
        makeOwnerOnly(path);
    }

    sqlite3* handle = nullptr;
    // CREATE is always set: ATTACH inherits these flags, and exportTo() attaches a file that does not exist
    // yet. Whether the main file exists was checked above.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, simulatedDiskVfs());
    Database db(handle, path);
    if (rc != SQLITE_OK)
        db.fail(rc, ModelText::tr("opening %1").arg(describe(path)));
    sqlite3_extended_result_codes(handle, 1);

    db.applyKey(key);
    db.requireSqlCipher();
    db.pinCipherSettings();
    // The first read decrypts page 1: a wrong key or a damaged first page fails here.
    db.exec("SELECT count(*) FROM sqlite_master;");
    db.applyConnectionPragmas();

    if (mode == Mode::CreateNew) {
        // Force the header page to disk, then make sure what reached the disk is not plaintext SQLite.
        db.exec("CREATE TABLE IF NOT EXISTS lantern_created (at TEXT); DROP TABLE lantern_created;");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.read(16).startsWith("SQLite format 3")) {
            db.close();
            QFile::remove(path);
            throw Error(ErrorKind::Internal,
                        ModelText::tr("Refusing to continue: the new database file is not encrypted."));
        }
    }
    made.opened = true;
    return db;
}

void Database::applyKey(const SecureBytes& key)
{
    // PRAGMA key = "x'<64 hex digits>'" hands SQLCipher the raw key: its passphrase KDF plays no part.
    const SecureBytes hex = key.toHex();
    SecureBytes pragma(hex.size() + 20);
    QByteArray prefix("PRAGMA key = \"x'");
    std::memcpy(pragma.data(), prefix.constData(), static_cast<std::size_t>(prefix.size()));
    std::memcpy(pragma.data() + prefix.size(), hex.data(), hex.size());
    const char suffix[] = "'\";";
    std::memcpy(pragma.data() + prefix.size() + hex.size(), suffix, sizeof suffix);
    const int rc =
        sqlite3_exec(m_handle, reinterpret_cast<const char*>(pragma.data()), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, ModelText::tr("applying the vault key"));
}

void Database::requireSqlCipher()
{
    // Plain SQLite ignores PRAGMA key and would write plaintext. cipher_version answers only under SQLCipher.
    Statement version(*this, "PRAGMA cipher_version;");
    if (!version.step() || version.text(0).isEmpty())
        throw Error(ErrorKind::Internal,
                    ModelText::tr("Refusing to open the vault: the database library is not SQLCipher."));
}

void Database::pinCipherSettings()
{
    // SQLCipher 3.4's defaults, stated explicitly so that a library with other defaults cannot change the
    // format.
    exec("PRAGMA cipher_page_size = 1024; PRAGMA kdf_iter = 64000; PRAGMA cipher_use_hmac = ON;");
}

void Database::applyConnectionPragmas()
{
    exec("PRAGMA foreign_keys = ON;"
         "PRAGMA temp_store = MEMORY;"
         "PRAGMA secure_delete = ON;"
         "PRAGMA journal_mode = DELETE;"
         "PRAGMA synchronous = FULL;");
}

void Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        fail(rc, ModelText::tr("reading or writing records"));
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int Database::changes() const
{
    return sqlite3_changes(m_handle);
}

void Database::checkIntegrity()
{
    try {
        Statement check(*this, "PRAGMA quick_check;");
        if (!check.step() || check.text(0) != QStringLiteral("ok"))
            throw Error(ErrorKind::Damaged, QString());
    } catch (const Error&) {
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("%1 is damaged or has been tampered with: its integrity check failed. "
                                  "Restore it from a backup; nothing has been changed.")
                        .arg(describe(m_path)));
    }
}

int Database::userVersion()
{
    Statement version(*this, "PRAGMA user_version;");
    version.step();
    return static_cast<int>(version.integer(0));
}

void Database::setUserVersion(int version)
{
    const QByteArray sql = QByteArray("PRAGMA user_version = ") + QByteArray::number(version) + ";";
    exec(sql.constData());
}

void Database::attach(const QString& path, const char* schema, const SecureBytes& key)
{
    const QByteArray name(schema);
    for (char c : name) {
        if (!(c == '_' || (c >= 'a' && c <= 'z')))
            throw Error(
                ErrorKind::Internal,
                ModelText::tr("\"%1\" is not a schema name Lantern uses.").arg(QString::fromLatin1(name)));
    }
    const SecureBytes hex = key.toHex();
    const QByteArray sql = "ATTACH DATABASE :path AS " + name + " KEY :key;";
    Statement attachStatement(*this, sql.constData());
    attachStatement.bind(":path", path);
    // The key travels as a bound parameter, never spliced into SQL text.
    const QString keyLiteral =
        QStringLiteral("x'") +
        QString::fromLatin1(reinterpret_cast<const char*>(hex.data()), static_cast<qsizetype>(hex.size())) +
        QStringLiteral("'");
    attachStatement.bind(":key", keyLiteral);
    attachStatement.run();
    try {
        // Not kdf_iter: with a raw key there is no passphrase KDF, and setting it on an attached store that
        // already holds data makes SQLCipher 3.4 re-derive the key and fail ("out of memory").
        const QByteArray pragmas = "PRAGMA " + name + ".cipher_page_size = 1024; PRAGMA " + name +
                                   ".cipher_use_hmac = ON; PRAGMA " + name + ".secure_delete = ON; PRAGMA " +
                                   name + ".journal_mode = DELETE;";
        exec(pragmas.constData());
        // Reading the schema reads (and authenticates) the first page: a wrong key or a damaged file is
        // found here, and named, rather than at the first query that touches it.
        const QByteArray probe = "SELECT count(*) FROM " + name + ".sqlite_master;";
        Statement check(*this, probe.constData());
        check.step();
    } catch (const Error& error) {
        detach(schema);
        if (error.kind() == ErrorKind::Damaged)
            throw Error(ErrorKind::Damaged,
                        ModelText::tr("%1 is damaged or has been tampered with, or its key in keyslots.json "
                                      "is not the one it was written with. Restore it from a backup; nothing "
                                      "has been changed.")
                            .arg(describe(path)));
        throw;
    }
}

void Database::detach(const char* schema)
{
    const QByteArray sql = QByteArray("DETACH DATABASE ") + schema + ";";
    char* message = nullptr;
    sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
}

void Database::exportTo(const QString& path, const SecureBytes& key)
{
    if (!QFileInfo::exists(path))
        createPrivateFile(path);
    attach(path, "lantern_export", key);
    try {
        exec("SELECT sqlcipher_export('lantern_export');");
        Statement version(*this, "PRAGMA user_version;");
        version.step();
        const QByteArray setVersion =
            "PRAGMA lantern_export.user_version = " + QByteArray::number(version.integer(0)) + ";";
        exec(setVersion.constData());
    } catch (...) {
        detach("lantern_export");
        throw;
    }
    detach("lantern_export");

    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        throw Error(ErrorKind::Io, ModelText::tr("Could not flush %1 to disk.").arg(describe(path)));
    }
    ::close(fd);
}

void Database::fail(int resultCode, const QString& what) const
{
    int primary = resultCode & 0xff;
    const QString file = describe(m_path);
    // A damaged page of the schema can leave the rest of it unparsable ("malformed database schema (an
    // index) - no such table"), which SQLite reports as a plain error: it is damage all the same.
    if (primary == SQLITE_ERROR && m_handle &&
        std::strncmp(sqlite3_errmsg(m_handle), "malformed database schema", 25) == 0)
        primary = SQLITE_CORRUPT;
    switch (primary) {
    case SQLITE_FULL:
        throw Error(ErrorKind::NoSpace,
                    ModelText::tr("The disk holding %1 is full while %2. Nothing was saved; free some space "
                                  "and try again.")
                        .arg(file, what));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("%1 is damaged or has been tampered with (while %2). Restore it from a "
                                  "backup; nothing has been changed.")
                        .arg(file, what));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(ErrorKind::VaultLocked, ModelText::tr("%1 is in use by another process.").arg(file));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        throw Error(ErrorKind::Io, ModelText::tr("Could not access %1 while %2: %3.")
                                       .arg(file, what, QString::fromUtf8(sqlite3_errstr(resultCode))));
    case SQLITE_CONSTRAINT:
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("The change breaks a rule of the records: %1.")
                .arg(QString::fromUtf8(m_handle ? sqlite3_errmsg(m_handle) : sqlite3_errstr(resultCode))));
    default:
        throw Error(ErrorKind::Internal,
                    ModelText::tr("Database error while %1: %2.")
                        .arg(what, QString::fromUtf8(m_handle ? sqlite3_errmsg(m_handle)
                                                              : sqlite3_errstr(resultCode))));
    }
}

// ---------------------------------------------------------------------------------------------- Transaction

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.exec(m_nested ? "SAVEPOINT lantern_nested;" : "BEGIN IMMEDIATE;");
}

Transaction::~Transaction()
{
    if (!m_done) {
        char* message = nullptr;
        const char* sql = m_nested ? "ROLLBACK TO lantern_nested; RELEASE lantern_nested;" : "ROLLBACK;";
        sqlite3_exec(m_db.handle(), sql, nullptr, nullptr, &message);
        sqlite3_free(message);
    }
}

void Transaction::commit()
{
    // The kill harness (tests/cli/KillHarnessTest) dies on either side of every commit: before it nothing of
    // the transaction may be found afterwards, after it everything.
    if (!m_nested)
        crashPoint("db:before-commit");
    m_db.exec(m_nested ? "RELEASE lantern_nested;" : "COMMIT;");
    m_done = true;
    if (!m_nested)
        crashPoint("db:after-commit");
}

} // namespace lantern
