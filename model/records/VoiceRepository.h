#pragma once

#include "records/VoiceEntry.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace lantern {

class Vault;

// The child's voice: entries recorded by the DSL team, each with its chronology entry and search index entry,
// amended by new versions (voice_versions), never overwritten.
class VoiceRepository {
public:
    explicit VoiceRepository(Vault& vault);

    // Throws Error(InvalidInput) naming the field: no words, an unknown method, a date in the future.
    qint64 add(qint64 pupilId, const VoiceContent& content);
    // A new version carrying `changes`, with `reason` (required); the chronology entry is superseded and the
    // original version stays readable. Returns the new version number.
    int amend(qint64 voiceId, const VoiceChanges& changes, const QString& reason);
    // The pupil's entries, most recently captured first, each with its version history. Audited "voice.view".
    QList<VoiceEntry> list(qint64 pupilId);
    // The most recently captured entry whose (current) date falls within [from, to], for the referral-pack
    // preflight's "no recent child's voice" check. Audited "voice.view".
    std::optional<VoiceEntry> latestInPeriod(qint64 pupilId, const QDate& from, const QDate& to);

private:
    VoiceContent validated(const VoiceContent& content) const;
    QList<VoiceEntry> read(qint64 pupilId);

    Vault& m_vault;
};

} // namespace lantern
