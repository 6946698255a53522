#include "common/PartialDateEdit.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>

namespace lantern {

PartialDateEdit::PartialDateEdit(QWidget* parent)
    : QWidget(parent)
{
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("precision"));
    // Most precise first: the usual case for something seen today is a day and a time.
    m_precision->addItem(tr("Day and time"), QVariant::fromValue(int(PartialDate::Precision::Minute)));
    m_precision->addItem(tr("Day"), QVariant::fromValue(int(PartialDate::Precision::Day)));
    m_precision->addItem(tr("Month"), QVariant::fromValue(int(PartialDate::Precision::Month)));
    m_precision->addItem(tr("Year"), QVariant::fromValue(int(PartialDate::Precision::Year)));
    m_precision->setCurrentIndex(1);
    m_precision->setToolTip(tr("How precisely the date is known"));

    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(QStringLiteral("date"));
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setDateTime(QDateTime(QDate::currentDate(), QTime(0, 0)));
    m_edit->setMinimumDate(QDate(1900, 1, 1));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_precision);
    layout->addWidget(m_edit, 1);
    // The proxy is the first of the two so that a label's buddy lands where Tab would: precision, then date.
    setFocusProxy(m_precision);
    setTabOrder(m_precision, m_edit);

    setAccessibleBaseName(tr("Date"));
    applyPrecision();

    connect(m_precision, &QComboBox::currentIndexChanged, this, [this] {
        applyPrecision();
        Q_EMIT valueChanged();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &PartialDateEdit::valueChanged);
}

PartialDate::Precision PartialDateEdit::precision() const
{
    return static_cast<PartialDate::Precision>(m_precision->currentData().toInt());
}

void PartialDateEdit::setPrecision(PartialDate::Precision precision)
{
    const int index = m_precision->findData(QVariant::fromValue(int(precision)));
    if (index >= 0)
        m_precision->setCurrentIndex(index);
}

PartialDate PartialDateEdit::value() const
{
    const QDateTime when = m_edit->dateTime();
    switch (precision()) {
    case PartialDate::Precision::Year:
        return PartialDate::year(when.date().year());
    case PartialDate::Precision::Month:
        return PartialDate::month(when.date().year(), when.date().month());
    case PartialDate::Precision::Day:
        return PartialDate::day(when.date());
    case PartialDate::Precision::Minute:
        return PartialDate::minute(QDateTime(when.date(), QTime(when.time().hour(), when.time().minute())));
    }
    return {};
}

void PartialDateEdit::setValue(const PartialDate& value)
{
    if (!value.isValid())
        return;
    QTime time(0, 0);
    if (value.precision() == PartialDate::Precision::Minute) {
        // value() is "YYYY-MM-DDTHH:MM"; the time is the part after the T.
        time = QTime::fromString(value.value().mid(11, 5), QStringLiteral("HH:mm"));
    }
    setPrecision(value.precision());
    m_edit->setDateTime(QDateTime(value.firstDay(), time.isValid() ? time : QTime(0, 0)));
}

void PartialDateEdit::setMaximumDate(const QDate& date)
{
    if (date.isValid())
        m_edit->setMaximumDate(date);
    else
        m_edit->clearMaximumDate();
}

void PartialDateEdit::setAccessibleBaseName(const QString& name)
{
    m_baseName = name;
    setAccessibleName(name);
    m_precision->setAccessibleName(tr("%1: precision").arg(name));
    applyPrecision();
}

void PartialDateEdit::applyPrecision()
{
    // Display formats are fixed en_GB orders (day/month/year) so that typed digits always mean the same.
    switch (precision()) {
    case PartialDate::Precision::Minute:
        m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        m_edit->setCalendarPopup(true);
        m_edit->setAccessibleName(tr("%1: date and time").arg(m_baseName));
        break;
    case PartialDate::Precision::Day:
        m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        m_edit->setCalendarPopup(true);
        m_edit->setAccessibleName(tr("%1: date").arg(m_baseName));
        break;
    case PartialDate::Precision::Month:
        m_edit->setDisplayFormat(QStringLiteral("MMMM yyyy"));
        m_edit->setCalendarPopup(false);
        m_edit->setAccessibleName(tr("%1: month").arg(m_baseName));
        break;
    case PartialDate::Precision::Year:
        m_edit->setDisplayFormat(QStringLiteral("yyyy"));
        m_edit->setCalendarPopup(false);
        m_edit->setAccessibleName(tr("%1: year").arg(m_baseName));
        break;
    }
}

} // namespace lantern
