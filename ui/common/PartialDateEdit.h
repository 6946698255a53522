#pragma once

#include "calendar/PartialDate.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QWidget>

namespace lantern {

// Entering when something happened to the precision the person knows it: "day and time", "day", "month" or
// "year", then the matching editor (one QDateTimeEdit whose sections follow the precision, so the keyboard
// behaves the same at every precision: Up/Down change a section; Tab steps through the sections, then on).
//
// Accessible names come from one base name, e.g. setAccessibleBaseName(tr("When it happened")) gives
// "When it happened: precision" and "When it happened: date". The widget's focus proxy is the precision
// combo, so a label's buddy lands where Tab does: precision → date.
class PartialDateEdit : public QWidget {
    Q_OBJECT
public:
    explicit PartialDateEdit(QWidget* parent = nullptr);

    PartialDate value() const;
    void setValue(const PartialDate& value);

    PartialDate::Precision precision() const;
    void setPrecision(PartialDate::Precision precision);

    // The latest day that can be entered (e.g. today, for something that has happened). Invalid: no limit.
    void setMaximumDate(const QDate& date);
    void setAccessibleBaseName(const QString& name);

    QComboBox* precisionCombo() const { return m_precision; }
    QDateTimeEdit* dateEdit() const { return m_edit; }

Q_SIGNALS:
    void valueChanged();

private:
    void applyPrecision();

    QComboBox* m_precision = nullptr;
    QDateTimeEdit* m_edit = nullptr;
    QString m_baseName;
};

} // namespace lantern
