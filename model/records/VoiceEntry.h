#pragma once

#include "calendar/PartialDate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lantern {

struct VoiceMethod {
    QString id;
    QString label;
};

// How the child's voice was captured (DESIGN.md §2). Ids are what voice_versions.method stores.
namespace VoiceMethods {

inline const QList<VoiceMethod>& all()
{
    static const QList<VoiceMethod> methods{
        {QStringLiteral("conversation"), QStringLiteral("Conversation")},
        {QStringLiteral("drawing"), QStringLiteral("Drawing")},
        {QStringLiteral("writing"), QStringLiteral("Writing")},
        {QStringLiteral("interpreter"), QStringLiteral("Through an interpreter")},
        {QStringLiteral("communication-aid"), QStringLiteral("Communication aid")},
        {QStringLiteral("observation"), QStringLiteral("Observation (baby or non-verbal child)")},
    };
    return methods;
}

inline bool isKnown(const QString& id)
{
    for (const VoiceMethod& method : all())
        if (method.id == id)
            return true;
    return false;
}

// The label for an id; the id itself if unknown.
inline QString label(const QString& id)
{
    for (const VoiceMethod& method : all())
        if (method.id == id)
            return method.label;
    return id;
}

inline QString idList()
{
    QStringList ids;
    for (const VoiceMethod& method : all())
        ids.append(method.id);
    return ids.join(QStringLiteral(", "));
}

} // namespace VoiceMethods

// What the child said, drew or showed, and how it was heard: the content of one version of a voice entry.
struct VoiceContent {
    PartialDate captured;
    QString method; // a VoiceMethods id
    QString words;  // verbatim where possible; for a drawing or an observation, what it showed
    QString adaptations;
    QString wishesAndFeelings;
    bool toldWhatHappensNext = false;
};

// An amendment: only the fields given change; the rest are carried over from the current version.
struct VoiceChanges {
    std::optional<PartialDate> captured;
    std::optional<QString> method;
    std::optional<QString> words;
    std::optional<QString> adaptations;
    std::optional<QString> wishesAndFeelings;
    std::optional<bool> toldWhatHappensNext;
};

// One version: the original is version 1; each amendment adds one with its reason and author.
struct VoiceVersion {
    int version = 1;
    VoiceContent content;
    QDateTime amendedAt;
    QString amendedBy;
    QString amendReason; // empty for version 1
};

// A child's-voice entry with its whole history (never changed in place).
struct VoiceEntry {
    qint64 id = 0;
    qint64 pupilId = 0;
    QDateTime recordedAt;
    QString recordedBy;
    QList<VoiceVersion> versions; // oldest first; never empty when read from the vault

    const VoiceVersion& current() const { return versions.last(); }
    const VoiceVersion& original() const { return versions.first(); }
    bool isAmended() const { return versions.size() > 1; }
};

} // namespace lantern
