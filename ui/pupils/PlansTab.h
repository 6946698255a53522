#pragma once

#include "pupils/RecordTab.h"
#include "records/Meeting.h"
#include "records/Plan.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace lantern {

// A dialog that saves through a commit function and shows the model's refusal inside itself, so what was
// typed is never lost to an error.
class PlansFormDialog : public QDialog {
    Q_OBJECT
public:
    explicit PlansFormDialog(QWidget* parent = nullptr);
    QString errorText() const;
    void accept() override;

protected:
    // Builds the buttons and error line under `form`; call at the end of the subclass constructor.
    void finish(QLayout* form, const QString& saveName);
    virtual void commit() = 0;

private:
    QLabel* m_error = nullptr;
};

// "Add plan…": type, child protection category (only for a CP plan), start, lead practitioner, notes.
class PlanDialog : public PlansFormDialog {
    Q_OBJECT
public:
    PlanDialog(qint64 pupilId, const QDate& today, std::function<void(const Plan&)> save,
               QWidget* parent = nullptr);
    Plan plan() const;

protected:
    void commit() override;

private:
    qint64 m_pupilId;
    std::function<void(const Plan&)> m_save;
    QComboBox* m_type = nullptr;
    QComboBox* m_category = nullptr;
    QDateEdit* m_started = nullptr;
    QLineEdit* m_lead = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

// "Add meeting…": type, date (a later date is a scheduled meeting, with no outcome yet), who attended, what
// the school contributed, the outcome.
class MeetingDialog : public PlansFormDialog {
    Q_OBJECT
public:
    MeetingDialog(qint64 pupilId, const QDate& today, std::function<void(const Meeting&)> save,
                  QWidget* parent = nullptr);
    Meeting meeting() const;

protected:
    void commit() override;

private:
    qint64 m_pupilId;
    std::function<void(const Meeting&)> m_save;
    QComboBox* m_type = nullptr;
    QDateEdit* m_held = nullptr;
    QLineEdit* m_attended = nullptr;
    QPlainTextEdit* m_contribution = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
};

// The Plans and agencies tab: plans (with CP category), meetings, agencies involved and referrals with their
// status, and "Add plan…" / "Add meeting…".
class PlansTab : public RecordTab {
    Q_OBJECT
public:
    explicit PlansTab(RecordContext& context, QWidget* parent = nullptr);

    QDialog* addPlan();
    QDialog* addMeeting();
    RecordTableModel* plansModel() const { return m_plans; }
    RecordTableModel* meetingsModel() const { return m_meetings; }
    RecordTableModel* involvementsModel() const { return m_involvements; }
    RecordTableModel* referralsModel() const { return m_referrals; }

protected:
    void load() override;

private:
    RecordTableModel* m_plans = nullptr;
    RecordTableModel* m_meetings = nullptr;
    RecordTableModel* m_involvements = nullptr;
    RecordTableModel* m_referrals = nullptr;
};

} // namespace lantern
