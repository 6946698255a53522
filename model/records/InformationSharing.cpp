#include "records/InformationSharing.h"

namespace lantern {

namespace {

// Names are what information_sharing_versions stores and lantern-cli takes; labels what people read.
struct DirectionInfo {
    SharingDirection direction;
    const char* name;
    const char* label;
};

const DirectionInfo directions[] = {
    {SharingDirection::Shared, "shared", "Shared with"},
    {SharingDirection::Received, "received", "Received from"},
    {SharingDirection::NotShared, "not-shared", "Decided not to share"},
};

struct MethodInfo {
    SharingMethod method;
    const char* name;
    const char* label;
};

const MethodInfo methods[] = {
    {SharingMethod::Phone, "phone", "Phone"},
    {SharingMethod::Email, "email", "Email"},
    {SharingMethod::Meeting, "meeting", "Meeting"},
    {SharingMethod::Letter, "letter", "Letter"},
    {SharingMethod::SecurePortal, "secure-portal", "Secure portal"},
    {SharingMethod::InPerson, "in-person", "In person"},
    {SharingMethod::Other, "other", "Other"},
};

const DirectionInfo& infoFor(SharingDirection direction)
{
    for (const DirectionInfo& info : directions)
        if (info.direction == direction)
            return info;
    return directions[0];
}

const MethodInfo& infoFor(SharingMethod method)
{
    for (const MethodInfo& info : methods)
        if (info.method == method)
            return info;
    return methods[0];
}

} // namespace

QString sharingDirectionName(SharingDirection direction)
{
    return QString::fromLatin1(infoFor(direction).name);
}

std::optional<SharingDirection> sharingDirectionFromName(const QString& name)
{
    for (const DirectionInfo& info : directions)
        if (name == QLatin1String(info.name))
            return info.direction;
    return std::nullopt;
}

QString sharingDirectionLabel(SharingDirection direction)
{
    return QString::fromLatin1(infoFor(direction).label);
}

QString sharingMethodName(SharingMethod method)
{
    return QString::fromLatin1(infoFor(method).name);
}

std::optional<SharingMethod> sharingMethodFromName(const QString& name)
{
    for (const MethodInfo& info : methods)
        if (name == QLatin1String(info.name))
            return info.method;
    return std::nullopt;
}

QString sharingMethodLabel(SharingMethod method)
{
    return QString::fromLatin1(infoFor(method).label);
}

QList<SharingDirection> allSharingDirections()
{
    QList<SharingDirection> all;
    for (const DirectionInfo& info : directions)
        all.append(info.direction);
    return all;
}

QList<SharingMethod> allSharingMethods()
{
    QList<SharingMethod> all;
    for (const MethodInfo& info : methods)
        all.append(info.method);
    return all;
}

} // namespace lantern
