#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace lantern {

// Reads the fields of one JSON object from a file Lantern wrote (keyslots.json, a submission profile, a
// staff key, a submission), naming the object (`where`) in every complaint. Anything missing or of the
// wrong type is Error(Damaged): these files are written by Lantern, so a bad field means damage or tampering.
class JsonReader {
public:
    JsonReader(QJsonObject object, QString where);

    // The whole of `json` as an object; Error(Damaged) naming `where` if it is not valid JSON or not an
    // object.
    static JsonReader parse(const QByteArray& json, const QString& where);

    const QString& where() const { return m_where; }
    const QJsonObject& object() const { return m_object; }
    bool has(const char* key) const;

    QJsonValue value(const char* key) const;
    QString string(const char* key) const;
    bool boolean(const char* key) const;
    qint64 integer(const char* key) const;
    double number(const char* key) const;
    // Non-empty standard base64.
    QByteArray base64(const char* key) const;
    JsonReader object(const char* key, const QString& where) const;
    QJsonArray array(const char* key) const;

    // Checks the "format" and "version" fields of a file Lantern wrote: another format fails as `notThis`
    // ("it is not a Lantern staff key."); a version newer than `newest` is Error(NewerVersion), telling the
    // person to update Lantern and `then` (e.g. "import it again"). Returns the version.
    qint64 requireFormat(const QString& format, qint64 newest, const QString& notThis,
                         const QString& then) const;

    // Throws Error(Damaged) naming this object: "WHERE: WHAT".
    [[noreturn]] void fail(const QString& what) const;

private:
    QJsonObject m_object;
    QString m_where;
};

QString toBase64(const QByteArray& bytes);

} // namespace lantern
