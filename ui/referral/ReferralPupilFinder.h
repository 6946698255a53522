#pragma once

#include "records/Pupil.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace lantern {

class Vault;

// Finding the child a referral is about, for the DSL team (PupilRepository::search needs ReadPupilRecords,
// which every role with Permission::Export has): type a name or a UPN and pick from the matches. With nothing
// typed it lists the whole roll, as the DSL's own pupil list does. Matches are ranked and named as in the
// concern form's finder (PupilRanking, pupilFinderRow: legal name, date of birth, year and registration
// group, a mark on children who share a name) with the UPN added. Searching is not audited (like
// PupilRepository::search); opening the chosen child's record or pack is.
class ReferralPupilFinder : public QWidget {
    Q_OBJECT
public:
    explicit ReferralPupilFinder(Vault& vault, QWidget* parent = nullptr);

    // Lists the children matching `text` (every word must begin a name or the UPN), best match first. One
    // match — or the one child whose forename or surname was typed in full — is chosen at once, so "type the
    // name, Alt+N" works; otherwise the person picks one (Down, arrows).
    void search(const QString& text);
    // Shows `pupil` alone, chosen (the wizard opened from a child's record).
    void preselect(const Pupil& pupil);

    qint64 pupilId() const;    // 0 when none is chosen
    QString pupilName() const; // display name of the chosen child
    QString errorText() const;

    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* resultsView() const { return m_results; }

Q_SIGNALS:
    void pupilChanged(qint64 pupilId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showPupils(const QList<Pupil>& pupils);

    Vault& m_vault;
    QList<Pupil> m_shown;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_error = nullptr;
};

// A SHA-256 in groups of four hex digits ("3f2a 9c01 …"), for reading out by phone.
QString groupedHash(const QString& hex);

} // namespace lantern
