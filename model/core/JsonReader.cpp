#include "core/JsonReader.h"

#include "core/Error.h"
#include "core/ModelText.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>
#include <utility>

namespace lantern {

JsonReader::JsonReader(QJsonObject object, QString where)
    : m_object(std::move(object))
    , m_where(std::move(where))
{}

JsonReader JsonReader::parse(const QByteArray& json, const QString& where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(ErrorKind::Damaged, ModelText::tr("%1: the file is not valid JSON (%2 at byte %3).")
                                            .arg(where, parseError.errorString())
                                            .arg(parseError.offset));
    if (!document.isObject())
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("%1: the file does not hold a JSON object.").arg(where));
    return JsonReader(document.object(), where);
}

qint64 JsonReader::requireFormat(const QString& format, qint64 newest, const QString& notThis,
                                 const QString& then) const
{
    if (string("format") != format)
        fail(notThis);
    const qint64 version = integer("version");
    if (version > newest)
        throw Error(
            ErrorKind::NewerVersion,
            ModelText::tr("%1: it was made by a newer version of Lantern (format %2). Update Lantern on "
                          "this computer, then %3.")
                .arg(m_where)
                .arg(version)
                .arg(then));
    return version;
}

void JsonReader::fail(const QString& what) const
{
    throw Error(ErrorKind::Damaged, ModelText::tr("%1: %2").arg(m_where, what));
}

bool JsonReader::has(const char* key) const
{
    return m_object.contains(QLatin1String(key));
}

QJsonValue JsonReader::value(const char* key) const
{
    const QJsonValue found = m_object.value(QLatin1String(key));
    if (found.isUndefined())
        fail(ModelText::tr("the field \"%1\" is missing.").arg(QLatin1String(key)));
    return found;
}

QString JsonReader::string(const char* key) const
{
    const QJsonValue found = value(key);
    if (!found.isString())
        fail(ModelText::tr("the field \"%1\" is not text.").arg(QLatin1String(key)));
    return found.toString();
}

bool JsonReader::boolean(const char* key) const
{
    const QJsonValue found = value(key);
    if (!found.isBool())
        fail(ModelText::tr("the field \"%1\" is not true or false.").arg(QLatin1String(key)));
    return found.toBool();
}

qint64 JsonReader::integer(const char* key) const
{
    const QJsonValue found = value(key);
    const double number = found.toDouble(-1);
    // JSON numbers are doubles: accept only whole numbers small enough to be exact.
    if (!found.isDouble() || number < 0 || number > 9007199254740992.0 || std::floor(number) != number)
        fail(ModelText::tr("the field \"%1\" is not a whole number.").arg(QLatin1String(key)));
    return static_cast<qint64>(number);
}

double JsonReader::number(const char* key) const
{
    const QJsonValue found = value(key);
    if (!found.isDouble())
        fail(ModelText::tr("the field \"%1\" is not a number.").arg(QLatin1String(key)));
    return found.toDouble();
}

QByteArray JsonReader::base64(const char* key) const
{
    const QString text = string(key);
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.isEmpty())
        fail(ModelText::tr("the field \"%1\" is not valid base64.").arg(QLatin1String(key)));
    return decoded.decoded;
}

JsonReader JsonReader::object(const char* key, const QString& where) const
{
    const QJsonValue found = value(key);
    if (!found.isObject())
        fail(ModelText::tr("the field \"%1\" is not an object.").arg(QLatin1String(key)));
    return JsonReader(found.toObject(), where);
}

QJsonArray JsonReader::array(const char* key) const
{
    const QJsonValue found = value(key);
    if (!found.isArray())
        fail(ModelText::tr("the field \"%1\" is not a list.").arg(QLatin1String(key)));
    return found.toArray();
}

QString toBase64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace lantern
